import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";

// Suppression comments work in handler code too: the finding is kept in JSON and SARIF as
// suppressed, and does not count.
export async function handler(event) {
  // lambdalint: ignore CODE002 -- each tenant needs a client with its own credentials
  const s3 = new S3Client({ credentials: event.tenantCredentials }); // expect-suppressed: CODE002
  const out = await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  return out.ContentLength;
}
