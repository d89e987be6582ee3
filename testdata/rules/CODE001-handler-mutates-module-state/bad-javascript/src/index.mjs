import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";

const client = new DynamoDBClient({});
const cache = new Map();
const seen = [];
let count = 0;

export const handler = async (event) => {
  count++; // expect: CODE001
  seen.push(event.id); // expect: CODE001
  return load(event.id);
};

async function load(id) {
  if (!cache.has(id)) {
    cache.set(id, await client.send(new GetItemCommand({ TableName: "t", Key: { id: { S: id } } }))); // expect: CODE001
  }
  return cache.get(id);
}
