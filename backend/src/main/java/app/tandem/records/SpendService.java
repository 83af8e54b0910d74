package app.tandem.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.RecordFilters.SpendFilter;
import app.tandem.records.RecordInputs.RecordSpendInput;
import app.tandem.records.RecordInputs.UpdateSpendInput;
import app.tandem.records.RecordInputs.VoidInput;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.Pages;
import app.tandem.shared.TandemException;
import app.tandem.shared.Versions;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marketing spend: a marketer records and corrects their own (current or previous month),
 * an owner anyone's; a void takes a record out of every figure and keeps it.
 */
@Service
public class SpendService {

	private final SpendRepository spends;

	private final ChannelService channels;

	private final EmployeeDirectory people;

	private final Viewers viewers;

	private final Pages pages;

	private final CompanyCalendar calendar;

	private final WriteWindow window;

	private final RecordHistory history;

	SpendService(SpendRepository spends, ChannelService channels, EmployeeDirectory people, Viewers viewers,
			Pages pages, CompanyCalendar calendar, WriteWindow window, RecordHistory history) {
		this.spends = spends;
		this.channels = channels;
		this.people = people;
		this.viewers = viewers;
		this.pages = pages;
		this.calendar = calendar;
		this.window = window;
		this.history = history;
	}

	@Transactional(readOnly = true)
	public Window<Spend> spends(Integer first, String after, YearMonth period, SpendFilter filter) {
		Pages.Page page = this.pages.of(first, after);
		return this.spends.findBy(spec(period, filter),
				(q) -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(page.size()).scroll(page.position()));
	}

	@Transactional(readOnly = true)
	public long count(YearMonth period, SpendFilter filter) {
		return this.spends.count(spec(period, filter));
	}

	private Specification<Spend> spec(YearMonth period, SpendFilter filter) {
		Viewer viewer = this.viewers.current();
		return Visibility.spends(viewer)
			.and(Visibility.onDays("day", period, period == null ? null : this.calendar.range(period)))
			.and(RecordFilters.spends(filter));
	}

	@Transactional(readOnly = true)
	public java.util.List<Spend> byIds(java.util.Collection<Long> ids) {
		return this.spends.findAllById(ids);
	}

	@Transactional
	public Spend record(RecordSpendInput input) {
		Viewer viewer = this.viewers.current();
		if (!viewer.isOwner() && !viewer.is(Position.MARKETER)) {
			throw TandemException.forbidden("Only owners and marketers record spend");
		}
		String marketerId = input.marketerId() == null && !viewer.isOwner() ? Long.toString(viewer.id())
				: input.marketerId();
		InputCheck check = new InputCheck().require(input.channelId(), "channelId")
			.require(marketerId, "marketerId")
			.require(input.day(), "day")
			.money(input.amount(), "amount");
		RecordDates.notFuture(check, input.day(), this.calendar.today(), "day");
		check.throwIfInvalid();
		Long marketer = Ids.parse(marketerId, "marketerId");
		if (!viewer.isOwner() && !viewer.isSelf(marketer)) {
			throw TandemException.forbidden("marketerId", "A marketer records only their own spend");
		}
		this.window.require(viewer, input.day(), "day");
		Channel channel = this.channels.requireOpen(input.channelId(), "channelId");
		this.people.requireActive(marketer, "marketerId", Position.MARKETER);
		Spend spend = this.spends.saveAndFlush(new Spend(channel.getId(), marketer, input.day(),
				input.amount().setScale(2), viewer.id(), CompanyCalendar.toUtc(this.calendar.now())));
		FieldChanges created = this.history.changes();
		created.set("channelId", null, spend.getChannelId());
		created.set("marketerId", null, spend.getMarketerId());
		created.set("day", null, spend.getDay());
		created.set("amount", null, spend.getAmount());
		this.history.created(RecordKind.SPEND, spend.getId(), viewer.id(), created);
		return spend;
	}

	@Transactional
	public Spend update(UpdateSpendInput input) {
		Viewer viewer = this.viewers.current();
		Spend spend = requireOwn(viewer, input.id(), input.expectedVersion());
		InputCheck check = new InputCheck();
		Patch.notCleared(check, input.channelId(), "channelId");
		Patch.notCleared(check, input.marketerId(), "marketerId");
		Patch.notCleared(check, input.day(), "day");
		Patch.notCleared(check, input.amount(), "amount");
		check.throwIfInvalid();
		LocalDate day = Patch.value(input.day(), spend.getDay());
		BigDecimal amount = Patch.value(input.amount(), spend.getAmount());
		check.money(amount, "amount");
		RecordDates.notFuture(check, day, this.calendar.today(), "day");
		check.throwIfInvalid();
		this.window.require(viewer, day, "day");
		Long marketer = Patch.given(input.marketerId()) ? Ids.parse(input.marketerId().value(), "marketerId")
				: spend.getMarketerId();
		if (!marketer.equals(spend.getMarketerId())) {
			if (!viewer.isOwner()) {
				throw TandemException.forbidden("marketerId", "Only an owner moves spend to another marketer");
			}
			this.people.requireActive(marketer, "marketerId", Position.MARKETER);
		}
		Long channel = spend.getChannelId();
		if (Patch.given(input.channelId()) && !Ids.parse(input.channelId().value(), "channelId").equals(channel)) {
			channel = this.channels.requireOpen(input.channelId().value(), "channelId").getId();
		}
		FieldChanges changes = this.history.changes();
		spend.correct(changes.set("channelId", spend.getChannelId(), channel),
				changes.set("marketerId", spend.getMarketerId(), marketer), changes.set("day", spend.getDay(), day),
				changes.set("amount", spend.getAmount(), amount.setScale(2)));
		if (changes.isEmpty()) {
			return spend;
		}
		Spend saved = this.spends.saveAndFlush(spend);
		this.history.updated(RecordKind.SPEND, spend.getId(), viewer.id(), changes);
		return saved;
	}

	@Transactional
	public Spend voidSpend(VoidInput input) {
		Viewer viewer = this.viewers.current();
		String reason = Voids.reason(input.reason());
		Spend spend = requireOwn(viewer, input.id(), input.expectedVersion());
		spend.voidBy(new Voiding(this.calendar.now(), viewer.id(), reason));
		Spend saved = this.spends.saveAndFlush(spend);
		this.history.voided(RecordKind.SPEND, spend.getId(), viewer.id(), reason);
		return saved;
	}

	/**
	 * A spend record, not voided, this person may correct: an owner any, a marketer their
	 * own of an open month.
	 */
	Spend requireOwn(Viewer viewer, String id, Integer expectedVersion) {
		new InputCheck().require(id, "id").throwIfInvalid();
		Spend spend = requireVisible(id, viewer);
		if (spend.isVoided()) {
			throw TandemException.badInput("id", "This spend record is voided");
		}
		Versions.expect(expectedVersion, spend.getVersion(), "spend record");
		this.window.require(viewer, spend.getDay(), "id");
		return spend;
	}

	/**
	 * The spend record, if this person may see it (owners all, marketers their own); "not
	 * found" otherwise.
	 */
	Spend requireVisible(String id, Viewer viewer) {
		Long spendId = Ids.parse(id, "id");
		return this.spends
			.findOne(Visibility.spends(viewer).and((root, query, cb) -> cb.equal(root.get("id"), spendId)))
			.orElseThrow(() -> TandemException.notFound("id", "No spend record with id " + id));
	}

}
