/**
 * SSH public keys: reading the OpenSSH one-line and RFC 4716 forms, checking the key material,
 * certificates (v00 and v01), and the MD5 and SHA256 fingerprints that {@code ssh-keygen -l} prints.
 *
 * <p>{@link dev.keypairs.keys.PublicKeyReader} is the one way in. Behind it, one class a job: the one-line form
 * ({@code OpenSshLineReader}), RFC 4716 blocks ({@code Rfc4716BlockReader}), pasted private keys
 * ({@code PastedPrivateKey}), the blob ({@code KeyBlobReader}, over the wire encoding of {@code SshWireReader}),
 * certificate layouts ({@code CertificateBlobReader}) and the key values per algorithm ({@code KeyMaterialCheck}).
 *
 * <p>The first package of the engine: it depends on nothing else in it. A key that cannot be read is a
 * {@link dev.keypairs.keys.KeyFormatException} carrying a {@link dev.keypairs.keys.KeyProblem}; no message
 * ever quotes key material.
 */
package dev.keypairs.keys;
