/**
 * The response headers the README tells hosts to set. One definition, used by the local server and
 * by the test that checks pages run under this Content-Security-Policy.
 *
 * Next's static export inlines small <script> blocks (the RSC payload) whose content changes with
 * every page and build, so per-page hashes would need a header per page — which most static hosts
 * cannot do. We allow 'unsafe-inline' for scripts and forbid every external origin instead: no
 * record can inject a script (bodies are sanitised Markdown), and nothing loads from elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function securityHeaders() {
  return {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
}
