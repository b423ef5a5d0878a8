#!/usr/bin/env node
// A mock FCM HTTP v1 service plus Google's OAuth2 token endpoint, over HTTP/2 with TLS.
//   POST /token: grant_type jwt-bearer; the assertion's RS256 signature is verified with the
//     service account's public key (--public-key), and iss, scope, aud (--audience) and exp are
//     checked; answers {"access_token", "expires_in": --expires-in, "token_type": "Bearer"}.
//   POST /v1/projects/<id>/messages:send: needs a bearer token this mock issued (else 401);
//     per registration token: "unreg*" -> 404 UNREGISTERED, "quota*" -> 429 QUOTA_EXCEEDED with
//     Retry-After: 7 on the first request then 200, "unavail*" -> 503 then 200, "internal*" -> 500
//     then 200, "bad*" -> 400 INVALID_ARGUMENT, "mismatch*" -> 403 SENDER_ID_MISMATCH,
//     "denied*" -> 403 PERMISSION_DENIED, anything else 200 {"name": ...}.
// Every request is recorded as a JSON line to --record FILE; "LISTENING <port>" on stdout.
'use strict';
const http2 = require('http2');
const fs = require('fs');
const crypto = require('crypto');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const publicKey = crypto.createPublicKey(fs.readFileSync(args['public-key']));
const record = args.record ? fs.openSync(args.record, 'a') : null;
const expiresIn = Number(args['expires-in'] || 3600);
const issued = new Set();
const seen = new Map();
let issuedCount = 0;
let messageCount = 0;

function b64url(s) { return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64'); }

function checkAssertion(jwt) {
  const parts = jwt.split('.');
  if (parts.length !== 3) return 'not a JWT';
  const header = JSON.parse(b64url(parts[0]).toString());
  const claims = JSON.parse(b64url(parts[1]).toString());
  if (header.alg !== 'RS256') return 'alg ' + header.alg;
  const ok = crypto.verify('sha256', Buffer.from(parts[0] + '.' + parts[1]), publicKey, b64url(parts[2]));
  if (!ok) return 'bad signature';
  if (claims.iss !== args.issuer) return 'iss ' + claims.iss;
  if (claims.scope !== 'https://www.googleapis.com/auth/firebase.messaging') return 'scope ' + claims.scope;
  if (claims.aud !== args.audience) return 'aud ' + claims.aud;
  const now = Date.now() / 1000;
  if (!(claims.iat <= now + 60 && claims.exp > now && claims.exp - claims.iat <= 3600)) return 'iat/exp';
  return '';
}

function fcmError(stream, status, code, fcmCode, extra) {
  const error = { code: status, message: 'mock ' + code, status: code };
  if (fcmCode) error.details = [{ '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode: fcmCode }];
  stream.respond(Object.assign({ ':status': status, 'content-type': 'application/json; charset=UTF-8' }, extra || {}));
  stream.end(JSON.stringify({ error }));
}

const server = http2.createSecureServer({ key: fs.readFileSync(args.key), cert: fs.readFileSync(args.cert) });
server.on('stream', (stream, headers) => {
  const chunks = [];
  stream.on('error', () => {}); // a stream the client reset or the GOAWAY refused
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const path = headers[':path'];
    const h = {};
    for (const k of Object.keys(headers).sort()) if (!k.startsWith(':')) h[k] = headers[k];
    if (record) fs.writeSync(record, JSON.stringify({ method: headers[':method'], path, headers: h, body }) + '\n');
    if (path === '/token') {
      const form = new URLSearchParams(body);
      let why = form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:jwt-bearer' ? '' : 'grant_type';
      if (!why) { try { why = checkAssertion(form.get('assertion') || ''); } catch (e) { why = 'unparsable'; } }
      if (why) {
        stream.respond({ ':status': 400, 'content-type': 'application/json' });
        stream.end(JSON.stringify({ error: 'invalid_grant', error_description: why }));
        return;
      }
      const token = 'ya29.mock-' + (++issuedCount);
      issued.add(token);
      stream.respond({ ':status': 200, 'content-type': 'application/json' });
      stream.end(JSON.stringify({ access_token: token, expires_in: expiresIn, token_type: 'Bearer' }));
      return;
    }
    const m = /^\/v1\/projects\/([^/]+)\/messages:send$/.exec(path);
    if (!m) { stream.respond({ ':status': 404 }); stream.end(); return; }
    const auth = headers.authorization || '';
    if (!auth.startsWith('Bearer ') || !issued.has(auth.substring(7))) {
      fcmError(stream, 401, 'UNAUTHENTICATED', '');
      return;
    }
    let msg;
    try { msg = JSON.parse(body).message; } catch (e) { fcmError(stream, 400, 'INVALID_ARGUMENT', 'INVALID_ARGUMENT'); return; }
    const token = msg.token || '';
    const count = (seen.get(token) || 0) + 1;
    seen.set(token, count);
    if (token.startsWith('unreg')) return fcmError(stream, 404, 'NOT_FOUND', 'UNREGISTERED');
    if (token.startsWith('quota') && count === 1) return fcmError(stream, 429, 'RESOURCE_EXHAUSTED', 'QUOTA_EXCEEDED', { 'retry-after': '7' });
    if (token.startsWith('unavail') && count === 1) return fcmError(stream, 503, 'UNAVAILABLE', 'UNAVAILABLE');
    if (token.startsWith('internal') && count === 1) return fcmError(stream, 500, 'INTERNAL', 'INTERNAL');
    if (token.startsWith('bad')) return fcmError(stream, 400, 'INVALID_ARGUMENT', 'INVALID_ARGUMENT');
    if (token.startsWith('mismatch')) return fcmError(stream, 403, 'PERMISSION_DENIED', 'SENDER_ID_MISMATCH');
    if (token.startsWith('denied')) return fcmError(stream, 403, 'PERMISSION_DENIED', '');
    stream.respond({ ':status': 200, 'content-type': 'application/json; charset=UTF-8' });
    stream.end(JSON.stringify({ name: 'projects/' + m[1] + '/messages/' + (++messageCount) }));
  });
});
server.on('sessionError', () => {});
server.listen(Number(args.port || 0), '127.0.0.1', () => {
  process.stdout.write('LISTENING ' + server.address().port + '\n');
});
process.on('SIGTERM', () => process.exit(0));
