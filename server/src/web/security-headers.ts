import { RequestHandler } from 'express';
import helmet from 'helmet';

// What the built web app needs, and no more. Scripts and styles are Vite's files from this origin;
// React writes style attributes through the CSSOM, which the policy does not govern. The PNG/SVG
// export (html-to-image) renders through data: and blob: images. No CDN, no inline script, no frames.
const CONTENT_SECURITY_POLICY = {
  // Every directive named; helmet's defaults add `https:` sources and upgrade-insecure-requests,
  // which would send a plain-http office install's own requests to https.
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    connectSrc: ["'self'"],
    fontSrc: ["'self'", 'data:'],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    frameSrc: ["'none'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    manifestSrc: ["'self'"],
    objectSrc: ["'none'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
    workerSrc: ["'none'"],
  },
};

/** helmet's headers with the app's Content-Security-Policy and no framing at all. */
export function securityHeaders(): RequestHandler {
  return helmet({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, xFrameOptions: { action: 'deny' } });
}
