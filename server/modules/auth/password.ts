// argon2id hashing of passwords (OWASP's recommended parameters are the library's defaults).
import { Algorithm, hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the user is unknown, so timing tells nothing. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(crypto.randomUUID());
  return decoy;
}

/** A readable generated password for the first administrator and demo users. */
export function generatePassword(length = 16): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  // Bytes past the largest multiple of the alphabet's size are skipped, so every character is equally likely.
  const limit = 256 - (256 % alphabet.length);
  for (;;) {
    let password = '';
    while (password.length < length) {
      for (const b of crypto.getRandomValues(new Uint8Array(length))) if (b < limit && password.length < length) password += alphabet[b % alphabet.length];
    }
    // Sixteen characters from this alphabet lack a digit about one time in twelve: draw again
    // rather than hand out a password the rule below would refuse.
    if (!passwordFault(password)) return password;
  }
}

/** Password rules: at least 8 characters with letters and digits. */
export function passwordFault(password: string): string | undefined {
  if (password.length < 8 || password.length > 128) return '密码长度应为 8 到 128 个字符';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码须同时包含字母和数字';
  return undefined;
}
