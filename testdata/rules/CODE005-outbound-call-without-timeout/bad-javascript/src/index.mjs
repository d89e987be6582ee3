import axios from "axios";

export const handler = async () => {
  const a = await fetch("https://api.example.com/rates"); // expect: CODE005
  const b = await fetch("https://api.example.com/rates", { signal: AbortSignal.timeout(3000) });
  const c = await axios.get("https://api.example.com/x"); // expect: CODE005
  const d = await axios.get("https://api.example.com/x", { timeout: 2000 });
  return [a, b, c, d];
};
