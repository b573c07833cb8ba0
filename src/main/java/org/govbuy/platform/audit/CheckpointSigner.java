package org.govbuy.platform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * Signs audit checkpoints with SM2 (GM/T 0003-2012, SM3 digest, the default user id
 * {@code 1234567812345678}), so that anyone holding the published public key can check
 * them. The private key is derived deterministically from 32 bytes of key material (the
 * {@code audit-checkpoint-signing} key of {@link org.govbuy.platform.Secrets}): the same
 * material always gives the same key pair, on every node and after every restart.
 */
final class CheckpointSigner {

	static final String ALGORITHM = "SM2withSM3";

	static final String USER_ID = "1234567812345678";

	private static final ECNamedDomainParameters SM2 = new ECNamedDomainParameters(GMObjectIdentifiers.sm2p256v1,
			GMNamedCurves.getByOID(GMObjectIdentifiers.sm2p256v1));

	private final ECPrivateKeyParameters privateKey;

	private final ECPublicKeyParameters publicKey;

	private final SecureRandom random = new SecureRandom();

	CheckpointSigner(byte[] keyMaterial) {
		if (keyMaterial == null || keyMaterial.length < 32) {
			throw new IllegalArgumentException("SM2 key material needs at least 32 bytes");
		}
		BigInteger n = SM2.getN();
		// d in [1, n-1]
		BigInteger d = new BigInteger(1, keyMaterial).mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
		this.privateKey = new ECPrivateKeyParameters(d, SM2);
		this.publicKey = new ECPublicKeyParameters(new FixedPointCombMultiplier().multiply(SM2.getG(), d).normalize(),
				SM2);
	}

	/** The DER signature of the UTF-8 text, Base64. */
	String sign(String text) {
		SM2Signer signer = new SM2Signer();
		signer.init(true, new ParametersWithRandom(privateKey, random));
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		signer.update(bytes, 0, bytes.length);
		try {
			return Base64.getEncoder().encodeToString(signer.generateSignature());
		}
		catch (CryptoException ex) {
			throw new IllegalStateException("SM2 signing failed", ex);
		}
	}

	/** Whether the signature is this signer's over the text. */
	boolean verify(String text, String signature) {
		return verify(publicKey, text, signature);
	}

	/**
	 * Checks a signature with a published public key alone (a PEM SubjectPublicKeyInfo),
	 * as any outside party would.
	 */
	static boolean verify(String publicKeyPem, String text, String signature) {
		try {
			String base64 = publicKeyPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
			AsymmetricKeyParameter key = PublicKeyFactory.createKey(Base64.getDecoder().decode(base64));
			return key instanceof ECPublicKeyParameters ec && verify(ec, text, signature);
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean verify(ECPublicKeyParameters key, String text, String signature) {
		if (signature == null || text == null) {
			return false;
		}
		try {
			byte[] der = Base64.getDecoder().decode(signature);
			SM2Signer signer = new SM2Signer();
			signer.init(false, key);
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			signer.update(bytes, 0, bytes.length);
			return signer.verifySignature(der);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The public key as a PEM SubjectPublicKeyInfo (readable by OpenSSL 3 and GmSSL). */
	String publicKeyPem() {
		try {
			SubjectPublicKeyInfo info = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey);
			String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(info.getEncoded());
			return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The public key as the uncompressed point {@code 04 || x || y}, hexadecimal. */
	String publicKeyHex() {
		return HexFormat.of().formatHex(publicKey.getQ().getEncoded(false));
	}

}
