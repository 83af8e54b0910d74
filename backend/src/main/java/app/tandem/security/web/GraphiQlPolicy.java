package app.tandem.security.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * The Content-Security-Policy of spring-graphql's GraphiQL page, which is looser than the web
 * app's: the page loads GraphiQL, React and Monaco from esm.sh, maps one module to a data: URL,
 * starts its editor workers from blob: URLs and has two inline scripts (an import map and the
 * start-up module). The inline scripts are allowed by their SHA-256 hashes, computed from the
 * page in the spring-graphql jar, so an upgrade that changes them cannot break the page. GraphiQL
 * is off in the mysql profile.
 */
final class GraphiQlPolicy {

	private static final String PAGE = "graphiql/index.html";

	private static final String CDN = "https://esm.sh";

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>",
			Pattern.DOTALL);

	private GraphiQlPolicy() {
	}

	static String build() {
		StringBuilder scripts = new StringBuilder("'self' " + CDN + " data:");
		for (String hash : inlineScriptHashes()) {
			scripts.append(" 'sha256-").append(hash).append('\'');
		}
		return "default-src 'self'; script-src " + scripts + "; style-src 'self' 'unsafe-inline' " + CDN
				+ "; img-src 'self' data: " + CDN + "; font-src 'self' data: " + CDN + "; connect-src 'self' " + CDN
				+ "; worker-src 'self' blob: " + CDN
				+ "; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
	}

	static List<String> inlineScriptHashes() {
		ClassPathResource page = new ClassPathResource(PAGE);
		if (!page.exists()) {
			return List.of();
		}
		try (InputStream in = page.getInputStream()) {
			Matcher scripts = INLINE_SCRIPT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			List<String> hashes = new ArrayList<>();
			while (scripts.find()) {
				hashes.add(sha256(scripts.group(1)));
			}
			return hashes;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + PAGE, ex);
		}
	}

	private static String sha256(String script) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
