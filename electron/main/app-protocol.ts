import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../web/content-policy';
import { contentTypeOf, findStaticFile } from '../web/static-files';
import { APP_HOST, APP_SCHEME } from './main-decisions';

/** Must run before the app is ready: 'standard' gives the scheme an origin, 'secure' a secure context. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves files of the built renderer, and nothing else, under app://roster/. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
    const found = await findStaticFile(rendererDir, url.pathname);
    if (found.kind === 'refused') return new Response('Bad path', { status: 400 });
    if (found.kind === 'missing') return new Response('Not found', { status: 404 });
    const content = await readFile(found.file);
    return new Response(new Uint8Array(content), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(found.file) },
    });
  });
}
