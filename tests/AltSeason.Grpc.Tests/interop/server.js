'use strict';
// grpc-js as the server: node server.js <protoRoot>
// Serves altseason.v1.Scoring on 127.0.0.1 with a free port, prints "LISTENING <port>", stops when stdin closes.
const { load } = require('./common');

const [protoRoot] = process.argv.slice(2);
const { grpc, altseason } = load(protoRoot);

// Same rule as the C# fake: the score is the day of the month times ten.
const evaluate = (asOf, modelVersion) => ({ as_of: asOf, score_points: asOf.day * 10, model_version: modelVersion, regime: 'building' });

const server = new grpc.Server();
server.addService(altseason.Scoring.service, {
  GetScore(call, callback) {
    const trailer = new grpc.Metadata();
    trailer.set('x-echo-user', String(call.metadata.get('x-user')[0] || ''));
    callback(null, evaluate(call.request.as_of, call.request.model_version), trailer);
  },
  ListScores(call) {
    const from = new Date(Date.UTC(call.request.from.year, call.request.from.month - 1, call.request.from.day));
    const to = new Date(Date.UTC(call.request.to.year, call.request.to.month - 1, call.request.to.day));
    for (let d = from; d <= to; d = new Date(d.getTime() + 86400000)) {
      call.write(evaluate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, call.request.model_version));
    }
    call.end();
  },
  WatchScores(call) {
    call.on('cancelled', () => {});
  },
  ExplainScore(call, callback) {
    const trailer = new grpc.Metadata();
    trailer.set('x-missing-date', '2024-03-15');
    callback({ code: grpc.status.NOT_FOUND, details: 'Aucune évaluation: 100% des dates manquent ✓', metadata: trailer });
  },
});

server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) => {
  if (err) {
    process.stderr.write(`bind failed: ${err.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`LISTENING ${port}\n`);
});

process.stdin.on('end', () => server.tryShutdown(() => process.exit(0)));
process.stdin.resume();
