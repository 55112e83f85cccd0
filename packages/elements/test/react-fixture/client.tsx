// Browser entry of the fixture: `<body data-mode="hydrate">` hydrates the server HTML in
// #root, anything else renders from scratch.
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app.js';

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
if (document.body.dataset['mode'] === 'hydrate') hydrateRoot(root, app);
else createRoot(root).render(app);
