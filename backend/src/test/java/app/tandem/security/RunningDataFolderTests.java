package app.tandem.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import app.tandem.shared.DataFolder;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 14 item 6 on the running server: the embedded database's folder and files are
 * private.
 */
@TandemTest
class RunningDataFolderTests {

	@Value("${spring.datasource.url}")
	String url;

	@Value("${tandem.data-dir}")
	Path dataDir;

	@Test
	void theEmbeddedDatabaseIsReadableOnlyByTandemsAccount() throws Exception {
		assumeTrue(DataFolder.posix() && this.url.startsWith("jdbc:h2:file:"), "the embedded default on POSIX");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir))).isEqualTo("rwx------");
		try (Stream<Path> files = Files.list(this.dataDir)) {
			assertThat(files.filter((f) -> f.getFileName().toString().endsWith(".mv.db"))).isNotEmpty()
				.allSatisfy((f) -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
					.isEqualTo("rw-------"));
		}
	}

}
