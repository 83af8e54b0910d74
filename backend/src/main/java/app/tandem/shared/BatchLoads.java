package app.tandem.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves one reference of many parents with a single look-up (for
 * {@code @BatchMapping}s).
 */
public final class BatchLoads {

	private BatchLoads() {
	}

	public static <P, R> Map<P, R> resolve(Collection<P> parents, Function<P, Long> reference,
			Function<Set<Long>, Map<Long, R>> load) {
		Set<Long> ids = parents.stream().map(reference).filter(Objects::nonNull).collect(Collectors.toSet());
		Map<Long, R> byId = ids.isEmpty() ? Map.of() : load.apply(ids);
		return parents.stream()
			.filter((parent) -> reference.apply(parent) != null && byId.containsKey(reference.apply(parent)))
			.collect(Collectors.toMap(Function.identity(), (parent) -> byId.get(reference.apply(parent)), (a, b) -> a));
	}

	public static <T> Map<Long, T> byId(Collection<T> items, Function<T, Long> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity()));
	}

}
