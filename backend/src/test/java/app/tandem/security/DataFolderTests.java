package app.tandem.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import app.tandem.shared.DataFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 14 item 6: the embedded default's data folder and token key are private to the
 * account Tandem runs as (0700 / 0600), and a key file others can read stops the start.
 */
class DataFolderTests {

	@TempDir
	Path temp;

	@BeforeEach
	void posixOnly() {
		assumeTrue(DataFolder.posix(), "POSIX permissions");
	}

	@Test
	void aNewDataFolderAndItsKeyArePrivate() throws Exception {
		Path data = this.temp.resolve("data");
		TokenKey.resolve(null, data);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("token-secret"))))
			.isEqualTo("rw-------");
		// The same key on the next start.
		assertThat(TokenKey.resolve(null, data).getEncoded()).isEqualTo(TokenKey.resolve(null, data).getEncoded());
	}

	@Test
	void anExistingOpenFolderIsTightened() throws Exception {
		Path data = Files.createDirectory(this.temp.resolve("open"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Path database = Files.createFile(data.resolve("tandem.mv.db"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
		DataFolder.secure(data);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
	}

	@Test
	void aKeyOthersCanReadStopsTheStart() throws Exception {
		Path data = this.temp.resolve("exposed");
		TokenKey.resolve(null, data);
		Path key = data.resolve("token-secret");
		Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
		assertThatThrownBy(() -> TokenKey.resolve(null, data)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("chmod 600");
	}

}
