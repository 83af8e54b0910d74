package app.tandem.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import app.tandem.shared.DataFolder;

/**
 * The HMAC key tokens are signed with: from configuration, or, for the embedded default,
 * generated once and kept in the data folder so tokens survive a restart and every
 * instance sharing the folder agrees.
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
				if (DataFolder.readableByOthers(file)) {
					// Anyone who can read the key can sign in as anyone: refuse rather
					// than run exposed.
					throw new IllegalStateException("The token key " + file + " can be read or written by other users;"
							+ " make it private (chmod 600 " + file + ") and start again");
				}
				return decode(Files.readString(file, StandardCharsets.US_ASCII));
			}
			DataFolder.secure(dataDir);
			byte[] bytes = new byte[48];
			new SecureRandom().nextBytes(bytes);
			if (DataFolder.posix()) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(DataFolder.FILE));
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII,
					DataFolder.posix() ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.CREATE_NEW);
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the token secret in " + file, ex);
		}
	}

}
