import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { JoinRoot } from './JoinRoot.tsx';
import '../renderer/ui/theme.css';
import '../renderer/ui/controls.css';
import '../renderer/ui/alerts.css';
import '../renderer/ui/tables.css';
import '../renderer/ui/overlays.css';
import '../renderer/ui/emptyStates.css';
import '../renderer/callViews/call.css';
import './join.css';
import './joinCall.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <JoinRoot />
  </StrictMode>,
);
