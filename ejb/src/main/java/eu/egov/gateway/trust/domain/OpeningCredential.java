package eu.egov.gateway.trust.domain;

/**
 * What the gateway keeps of an opening board member's key pair: the public key in the clear, the private
 * key only encrypted under the member's opening passphrase. The passphrase itself is never kept, so
 * nobody with the database alone can use the private key.
 *
 * @param publicKey           X.509 SubjectPublicKeyInfo (DER) of the member's EC P-256 key; tender key
 *                            shares are encrypted to it
 * @param encryptedPrivateKey AES-256-GCM ciphertext and tag of the PKCS#8 private key, with the public key
 *                            as additional authenticated data
 * @param salt                Argon2id salt of the key that encrypts the private key
 * @param nonce               the 96-bit GCM nonce
 * @param cost                the Argon2id cost the passphrase was derived with
 */
public record OpeningCredential(byte[] publicKey, byte[] encryptedPrivateKey, byte[] salt, byte[] nonce, Argon2idCost cost) {
}
