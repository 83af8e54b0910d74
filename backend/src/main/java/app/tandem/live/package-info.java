/**
 * Live (docs/spec.md §10): {@code kpisChanged} subscriptions over graphql-transport-ws,
 * fed by the {@link app.tandem.shared.FiguresChanged} events every write publishes,
 * coalesced and relayed to every instance (Redis pub/sub when {@code spring.data.redis.*}
 * is set, in memory otherwise).
 */
@NullMarked
package app.tandem.live;

import org.jspecify.annotations.NullMarked;
