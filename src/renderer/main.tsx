import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Base styles first, so feature styles imported by components can refine them.
import './ui/theme.css';
import './ui/controls.css';
import './ui/alerts.css';
import './ui/tables.css';
import './ui/overlays.css';
import './ui/emptyStates.css';
import { App } from './app/App.tsx';
import { removeTokenFromAddressBar } from './removeTokenFromAddressBar.ts';

removeTokenFromAddressBar(window.location, window.history);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
