// Node entry of the fixture: the app as server HTML.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app.js';

export const renderApp = (): string =>
  renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
