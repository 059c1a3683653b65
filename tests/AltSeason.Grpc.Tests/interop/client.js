'use strict';
// grpc-js as the client: node client.js <host:port> <protoRoot> <scenario>
// Prints one JSON object with what it observed; the C# test asserts on it.
const { load } = require('./common');

const [address, protoRoot, scenario] = process.argv.slice(2);
const { grpc, altseason, health, reflection } = load(protoRoot);
const credentials = grpc.credentials.createInsecure();
const scoring = new altseason.Scoring(address, credentials);
const march15 = { year: 2024, month: 3, day: 15 };

function done(result) {
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

function failed(err) {
  done({ code: err.code, details: err.details, trailer: err.metadata ? err.metadata.get('x-missing-date') : [] });
}

const scenarios = {
  unary() {
    const metadata = new grpc.Metadata();
    metadata.set('x-user', 'node-client');
    scoring.GetScore({ as_of: march15, model_version: 'v1' }, metadata, (err, reply) =>
      err ? failed(err) : done({ code: 0, score_points: reply.score_points, model_version: reply.model_version, day: reply.as_of.day }));
  },
  stream() {
    const days = [];
    const call = scoring.ListScores({ from: { year: 2024, month: 2, day: 27 }, to: { year: 2024, month: 3, day: 2 } });
    call.on('data', (score) => days.push(score.as_of.day));
    call.on('error', failed);
    call.on('status', (status) => { if (status.code === 0) done({ code: 0, days }); });
  },
  deadline() {
    const started = Date.now();
    scoring.GetScore({ as_of: march15, model_version: 'slow' }, { deadline: new Date(Date.now() + 300) }, (err) =>
      done({ code: err ? err.code : 0, details: err ? err.details : '', elapsed_ms: Date.now() - started }));
  },
  error() {
    scoring.GetScore({ as_of: march15, model_version: 'missing' }, (err) => (err ? failed(err) : done({ code: 0 })));
  },
  unknown() {
    const client = new grpc.Client(address, credentials);
    client.makeUnaryRequest('/altseason.v1.Scoring/DeleteEverything', (x) => x, (x) => x, Buffer.alloc(0), (err) =>
      done({ code: err ? err.code : 0, details: err ? err.details : '' }));
  },
  health() {
    const client = new health.Health(address, credentials);
    client.Check({ service: '' }, (err, whole) => {
      if (err) return failed(err);
      client.Check({ service: 'altseason.v1.Scoring' }, (err2, scoringHealth) =>
        err2 ? failed(err2) : done({ code: 0, server: whole.status, scoring: scoringHealth.status }));
    });
  },
  reflection() {
    const client = new reflection.ServerReflection(address, credentials);
    const call = client.ServerReflectionInfo();
    const answers = [];
    call.on('data', (answer) => {
      answers.push(answer);
      if (answers.length === 2) call.end();
    });
    call.on('error', failed);
    call.on('end', () => done({
      code: 0,
      services: answers[0].list_services_response.service.map((s) => s.name).sort(),
      files: answers[1].file_descriptor_response.file_descriptor_proto.length,
    }));
    call.write({ list_services: '' });
    call.write({ file_containing_symbol: 'altseason.v1.Scoring' });
  },
};

if (!scenarios[scenario]) {
  process.stderr.write(`unknown scenario '${scenario}'; known: ${Object.keys(scenarios).join(', ')}\n`);
  process.exit(2);
}
scenarios[scenario]();
