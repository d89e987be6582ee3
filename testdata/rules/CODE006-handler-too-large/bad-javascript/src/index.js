export const handler = async (event) => { // expect: CODE006
  let total = 0;
  if (event.k1 && event.k1 > 1) {
    total += 1;
  }
  if (event.k2 && event.k2 > 2) {
    total += 2;
  }
  if (event.k3 && event.k3 > 3) {
    total += 3;
  }
  if (event.k4 && event.k4 > 4) {
    total += 4;
  }
  if (event.k5 && event.k5 > 5) {
    total += 5;
  }
  if (event.k6 && event.k6 > 6) {
    total += 6;
  }
  if (event.k7 && event.k7 > 7) {
    total += 7;
  }
  if (event.k8 && event.k8 > 8) {
    total += 8;
  }
  if (event.k9 && event.k9 > 9) {
    total += 9;
  }
  if (event.k10 && event.k10 > 10) {
    total += 10;
  }
  if (event.k11 && event.k11 > 11) {
    total += 11;
  }
  if (event.k12 && event.k12 > 12) {
    total += 12;
  }
  total = total * 2 + 1;
  total = total * 2 + 2;
  total = total * 2 + 3;
  total = total * 2 + 4;
  total = total * 2 + 5;
  total = total * 2 + 6;
  total = total * 2 + 7;
  total = total * 2 + 8;
  total = total * 2 + 9;
  total = total * 2 + 10;
  total = total * 2 + 11;
  total = total * 2 + 12;
  total = total * 2 + 13;
  total = total * 2 + 14;
  total = total * 2 + 15;
  total = total * 2 + 16;
  total = total * 2 + 17;
  total = total * 2 + 18;
  total = total * 2 + 19;
  total = total * 2 + 20;
  return total;
};
