import { SecretsManagerClient, GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";

const secrets = new SecretsManagerClient({});
const config = {
  region: "eu-west-1",
  tableName: "orders",
  passwordParameter: "/prod/db/password",
  apiKeyHeader: "x-api-key",
};

export const handler = async () => {
  const secretArn = process.env.DB_SECRET_ARN ?? "";
  const out = await secrets.send(new GetSecretValueCommand({ SecretId: secretArn }));
  const password = out.SecretString;
  return { region: config.region, ok: Boolean(password) };
};
