const AWS = require("aws-sdk");

const documents = new AWS.DynamoDB.DocumentClient();

exports.handler = async (event) => {
  const { Item } = await documents.get({ TableName: process.env.TABLE, Key: { id: event.id } }).promise();
  return Item;
};
