package app.tandem.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC key tokens are signed with: from configuration, or, for the embedded default,
 * generated once and kept in the data folder so tokens survive a restart and every instance
 * sharing the folder agrees.
 */
final class TokenKey {

	private static final int MIN_BYTES = 32;

	private TokenKey() {
	}

	static SecretKey resolve(String configured, Path dataDir) {
		byte[] bytes = (configured == null || configured.isBlank()) ? fromDataDir(dataDir) : decode(configured);
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

	private static byte[] decode(String configured) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(configured.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("tandem.security.token-secret (TANDEM_TOKEN_SECRET) must be Base64");
		}
		if (bytes.length < MIN_BYTES) {
			throw new IllegalStateException(
					"tandem.security.token-secret (TANDEM_TOKEN_SECRET) must hold at least 32 bytes; try: openssl rand -base64 48");
		}
		return bytes;
	}

	private static byte[] fromDataDir(Path dataDir) {
		Path file = dataDir.resolve("token-secret");
		try {
			if (Files.exists(file)) {
				return decode(Files.readString(file, StandardCharsets.US_ASCII));
			}
			Files.createDirectories(dataDir);
			byte[] bytes = new byte[48];
			new SecureRandom().nextBytes(bytes);
			Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII,
					StandardOpenOption.CREATE_NEW);
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the token secret in " + file, ex);
		}
	}

}
