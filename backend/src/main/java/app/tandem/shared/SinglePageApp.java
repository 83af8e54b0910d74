package app.tandem.shared;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Deep links into the web app (/team, /records/deals, a reload on any screen) get its
 * index.html; the app's router takes it from there. Files (anything with a dot), the API,
 * GraphiQL and the actuator are left alone.
 */
@Controller
class SinglePageApp {

	private static final String SCREEN = "{screen:^(?!graphql$|graphiql$|actuator$|error$|assets$)[^.]*}";

	private static final String PART = "{part:[^.]*}";

	private static final String LAST = "{last:[^.]*}";

	// Each level spelled out, because a trailing /** would also take files such as
	// /assets/app.js.
	@GetMapping({ "/" + SCREEN, "/" + SCREEN + "/" + PART, "/" + SCREEN + "/" + PART + "/" + LAST })
	String index() {
		return "forward:/index.html";
	}

}
