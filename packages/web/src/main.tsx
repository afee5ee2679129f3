/** Entry point: the styles, then the app into #root. */
import '@digital-go-jp/design-tokens/dist/tokens.css';
import './shared/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
