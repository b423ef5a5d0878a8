#!/usr/bin/env node
// A mock APNs for the push tests and benchmark: HTTP/2 over TLS (Node's built-in http2), asking for
// and verifying the client certificate (the MDM push certificate), answering per device token:
//   token starting 0410 -> 410 Unregistered (with a timestamp), 0400 -> 400 BadDeviceToken,
//   0401 -> 400 DeviceTokenNotForTopic, 0403 -> 403 BadCertificate,
//   0429 / 0500 / 0503 -> that status on the first request for the token, 200 afterwards,
//   anything else -> 200 with an apns-id.
// Every request is recorded as one JSON line (path, the non-pseudo headers, body, the client
// certificate's subject UID) to --record FILE.
// Options: --port N (0: any; "LISTENING <port>" is printed on stdout), --key/--cert (server),
//   --ca FILE (client CA; omit for no client certificate), --record FILE, --delay-ms N,
//   --max-streams N, --goaway-after N (after N requests on a session, answer them and send GOAWAY:
//   later streams are refused), --drop-after N (after N requests, destroy the session without
//   answering), --hang-token PREFIX (never answer tokens with that prefix).
'use strict';
const http2 = require('http2');
const fs = require('fs');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const delay = Number(args['delay-ms'] || 0);
const goawayAfter = Number(args['goaway-after'] || 0);
const dropAfter = Number(args['drop-after'] || 0);
const record = args.record ? fs.openSync(args.record, 'a') : null;
const seen = new Map();
let sessions = 0;
let uniqueId = 0;

const options = {
  key: fs.readFileSync(args.key),
  cert: fs.readFileSync(args.cert),
  settings: { maxConcurrentStreams: Number(args['max-streams'] || 1000), initialWindowSize: 1 << 20 },
  peerMaxConcurrentStreams: 5000,
};
if (args.ca) {
  options.ca = fs.readFileSync(args.ca);
  options.requestCert = true;
  options.rejectUnauthorized = true;
}
const server = http2.createSecureServer(options);

function uidOf(socket) {
  const cert = socket.getPeerCertificate ? socket.getPeerCertificate() : null;
  return cert && cert.subject ? cert.subject.UID || '' : '';
}

server.on('session', (session) => {
  session.number = ++sessions;
  session.requests = 0;
  session.uid = uidOf(session.socket);
});

server.on('stream', (stream, headers) => {
  const session = stream.session;
  session.requests += 1;
  const n = session.requests;
  const chunks = [];
  stream.on('error', () => {}); // a stream the client reset or the GOAWAY refused
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const path = headers[':path'];
    const token = path.startsWith('/3/device/') ? path.substring(10) : '';
    if (record) {
      const h = {};
      for (const k of Object.keys(headers).sort()) if (!k.startsWith(':')) h[k] = headers[k];
      fs.writeSync(record, JSON.stringify({ method: headers[':method'], path, headers: h, body,
                                           clientUid: session.uid, session: session.number }) + '\n');
    }
    if (dropAfter && n > dropAfter) { session.destroy(); return; }
    if (args['hang-token'] && token.startsWith(args['hang-token'])) return;
    const count = (seen.get(token) || 0) + 1;
    seen.set(token, count);
    let status = 200, reply = '';
    const out = { 'apns-id': '00000000-0000-4000-8000-' + String(++uniqueId).padStart(12, '0') };
    if (token.startsWith('0410')) { status = 410; reply = JSON.stringify({ reason: 'Unregistered', timestamp: 1767225600123 }); }
    else if (token.startsWith('0400')) { status = 400; reply = JSON.stringify({ reason: 'BadDeviceToken' }); }
    else if (token.startsWith('0401')) { status = 400; reply = JSON.stringify({ reason: 'DeviceTokenNotForTopic' }); }
    else if (token.startsWith('0403')) { status = 403; reply = JSON.stringify({ reason: 'BadCertificate' }); }
    else if (count === 1 && token.startsWith('0429')) { status = 429; reply = JSON.stringify({ reason: 'TooManyRequests' }); }
    else if (count === 1 && token.startsWith('0500')) { status = 500; reply = JSON.stringify({ reason: 'InternalServerError' }); }
    else if (count === 1 && token.startsWith('0503')) { status = 503; reply = JSON.stringify({ reason: 'ServiceUnavailable' }); }
    const answer = () => {
      if (stream.destroyed) return;
      out[':status'] = status;
      if (reply) { out['content-type'] = 'application/json'; stream.respond(out); stream.end(reply); }
      else { stream.respond(out, { endStream: true }); }
      if (goawayAfter && n === goawayAfter && !session.destroyed) session.goaway(0, stream.id);
    };
    if (delay > 0) setTimeout(answer, delay); else answer();
  });
});

server.on('sessionError', () => {});
server.listen(Number(args.port || 0), '127.0.0.1', () => {
  process.stdout.write('LISTENING ' + server.address().port + '\n');
});
process.on('SIGTERM', () => process.exit(0));
