// The cold-start bench's baseline: the least a React page can do, one heading, built and served like Rapport.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(createElement('h1', null, 'Baseline'));
