const { S3Client } = require("@aws-sdk/client-s3");

let client;
const items = [];

exports.handler = async (event) => {
  if (!client) client = new S3Client({}); // lazy initialisation: fine
  const items = [];
  items.push(event.id);
  return items;
};
