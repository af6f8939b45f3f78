import { hash, verify } from "@node-rs/argon2";

// argon2id (algorithm 2; the library's const enum is empty at runtime) with its default costs
// (19 MiB, 2 passes), the OWASP minimum recommendation.
const OPTIONS = { algorithm: 2 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real hash of a random password, verified against when the email is unknown so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;
export const getDummyHash = () => {
  dummyHash ??= hashPassword("spotter-dummy-password-for-timing");
  return dummyHash;
};
