'use strict';
// Loads the AltSeason contracts and the standard health/reflection protos shipped by the grpc npm packages,
// so nothing on the Node side comes from the C# implementation under test.
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const loaderOptions = { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true };

function load(protoRoot) {
  const contracts = grpc.loadPackageDefinition(protoLoader.loadSync(
    ['altseason/v1/scoring.proto'], { ...loaderOptions, includeDirs: [protoRoot] }));
  const healthDir = path.join(path.dirname(require.resolve('grpc-health-check/package.json')), 'proto', 'health', 'v1');
  const health = grpc.loadPackageDefinition(protoLoader.loadSync(
    path.join(healthDir, 'health.proto'), loaderOptions));
  const reflectionDir = path.join(path.dirname(require.resolve('@grpc/reflection/package.json')), 'build', 'proto');
  const reflection = grpc.loadPackageDefinition(protoLoader.loadSync(
    'grpc/reflection/v1/reflection.proto', { ...loaderOptions, includeDirs: [reflectionDir] }));
  return { grpc, altseason: contracts.altseason.v1, health: health.grpc.health.v1, reflection: reflection.grpc.reflection.v1 };
}

module.exports = { load };
