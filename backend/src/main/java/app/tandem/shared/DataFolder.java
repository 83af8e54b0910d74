package app.tandem.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's data folder (H2 database, token key) is the company's data: only
 * the account Tandem runs as may read it (issue 14). The folder is 0700 and its files
 * 0600 on POSIX file systems; elsewhere (Windows) the folder's own access rules apply.
 */
public final class DataFolder {

	private static final Logger log = LoggerFactory.getLogger(DataFolder.class);

	public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private DataFolder() {
	}

	public static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	/**
	 * Creates {@code folder} as 0700 (or tightens it), and makes the files in it 0600.
	 */
	public static void secure(Path folder) {
		try {
			if (!posix()) {
				Files.createDirectories(folder);
				return;
			}
			if (Files.notExists(folder)) {
				Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
			}
			Files.setPosixFilePermissions(folder, FOLDER);
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.setPosixFilePermissions(file, FILE);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make the data folder " + folder + " private", ex);
		}
		log.debug("Data folder {} is private (0700, files 0600)", folder);
	}

	/** Whether anyone but the owner may read or write {@code file}. */
	public static boolean readableByOthers(Path file) throws IOException {
		if (!posix()) {
			return false;
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		return permissions.contains(PosixFilePermission.GROUP_READ)
				|| permissions.contains(PosixFilePermission.OTHERS_READ)
				|| permissions.contains(PosixFilePermission.GROUP_WRITE)
				|| permissions.contains(PosixFilePermission.OTHERS_WRITE);
	}

}
