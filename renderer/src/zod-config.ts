import { z } from 'zod';

// zod probes for eval (new Function) to speed up object parsing; the Content-Security-Policy forbids eval,
// and the probe would be reported as a violation. The renderer's schemas are small: parse without it.
z.config({ jitless: true });
