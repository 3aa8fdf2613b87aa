// First: configures zod before any schema runs.
import './zod-config';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installWebBridge } from './api/web-bridge';
import { App } from './app/App';

// In Electron the preload has defined window.roster; in browser mode the HTTP shim does it here.
installWebBridge();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
