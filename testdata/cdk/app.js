// The CDK app that synthesised testdata/cdk/cdk.out (used by tests/frontends/cdk_test.cpp).
// To regenerate, offline once the packages are installed, in a scratch folder:
//   npm install aws-cdk-lib constructs && mkdir lambda && cp <this file> app.js
//   (lambda/index.js: a one-line handler) && node app.js /tmp/out
// then copy manifest.json, OrdersStack.template.json and the asset.* folder.
// Two functions share one role; the bucket notifies one of them (CDK adds a third function,
// the bucket-notifications handler, with its own role).
const { App, Stack, Duration } = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new App({ outdir: process.argv[2] || 'cdk.out', analyticsReporting: false,
  context: { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:enable-asset-metadata': true } });
const stack = new Stack(app, 'OrdersStack', { env: { account: '111111111111', region: 'eu-west-1' } });

const role = new iam.Role(stack, 'SharedRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
});

const code = lambda.Code.fromAsset(__dirname + '/lambda');
const api = new lambda.Function(stack, 'ApiHandler', {
  runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code, role,
  timeout: Duration.seconds(10),
});
const ingest = new lambda.Function(stack, 'IngestHandler', {
  runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code, role,
  timeout: Duration.seconds(30),
});
const bucket = new s3.Bucket(stack, 'Uploads');
bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(ingest));
app.synth();
