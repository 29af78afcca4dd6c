package democracy

import (
	"errors"
	"sort"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Suspension is a suspension of the talks (中止协商), both days included.
type Suspension struct {
	// From is the first day suspended.
	From Date `json:"from"`
	// Until is the last day suspended.
	Until Date `json:"until"`
}

// ConsultationEvents are the dated events of one consultation. A zero date
// is an event that has not happened (or is not known); the steps that
// depend on it are reported as waiting.
type ConsultationEvents struct {
	// Requested is the day the other side received the request (要约).
	Requested Date `json:"requested"`
	// Replied is the day of the written reply agreeing to negotiate.
	Replied Date `json:"replied"`
	// Appointed is the day the negotiators were chosen (协商代表产生).
	Appointed Date `json:"appointed"`
	// Announced is the day the negotiators were made public in the enterprise.
	Announced Date `json:"announced"`
	// Informed is the day the information for the talks was given.
	Informed Date `json:"informed"`
	// FirstMeeting is the day of the first meeting.
	FirstMeeting Date `json:"first_meeting"`
	// Suspensions are the suspensions of the talks, at most MaxSuspensions,
	// not overlapping, none before Requested, in any order.
	Suspensions []Suspension `json:"suspensions"`
	// Agreed is the day the sides agreed a draft (协商一致, 形成草案).
	Agreed Date `json:"agreed"`
	// Submitted is the day the draft went to the congress.
	Submitted Date `json:"submitted"`
	// Voted is the day the congress adopted the draft.
	Voted Date `json:"voted"`
	// Notified is the day the enterprise received the union's written notice
	// of the adoption (上海市集体合同条例 第二十三条).
	Notified Date `json:"notified"`
	// Signed is the day the chiefs signed the adopted contract.
	Signed Date `json:"signed"`
	// Filed is the day the contract was sent to the labour authority.
	Filed Date `json:"filed"`
	// Received is the day the authority received it; zero: taken as Filed.
	Received Date `json:"received"`
	// Objection is the day the authority objected; zero: no objection.
	Objection Date `json:"objection"`
	// Published is the day the contract was published to the staff.
	Published Date `json:"published"`
	// AsOf is the day the schedule is read on: a step still open after its
	// deadline is overdue as of this day. Zero: open steps are pending.
	AsOf Date `json:"as_of"`
}

// StepKind names a step of the schedule. Its text form is the English word.
type StepKind uint8

// The steps.
const (
	StepReply        StepKind = iota // reply to the request (答复)
	StepInformation                  // information before the first meeting (提供资料)
	StepNegotiation                  // length of the talks (协商期限)
	StepSuspension                   // suspensions against their cap (中止期限)
	StepDraft                        // draft to the congress (提交职代会)
	StepFiling                       // filing with the labour authority (报送)
	StepReview                       // the authority's review window (审查)
	StepPublication                  // publication to the staff (公布)
	StepAnnouncement                 // publication of the negotiators (协商代表公布)
)

var stepKindEnum = enum.New[StepKind]("StepKind", "step", "democracy.step", union.Invalid, "reply", "information", "negotiation", "suspension", "draft", "filing", "review", "publication", "announcement")

// String returns the English word.
func (k StepKind) String() string { return stepKindEnum.String(k) }

// Text returns the localized name.
func (k StepKind) Text(tag language.Tag) string {
	return stepKindEnum.Text(k, tag)
}

// Valid reports whether k is one of the defined steps.
func (k StepKind) Valid() bool { return stepKindEnum.Valid(k) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (k StepKind) MarshalText() ([]byte, error) {
	return stepKindEnum.Marshal(k)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (k *StepKind) UnmarshalText(t []byte) error {
	return stepKindEnum.Unmarshal(k, t)
}

// StepStatus is where a step stands. Its text form is the English word.
type StepStatus uint8

// The statuses.
const (
	// StatusWaiting: the event the period runs from has not happened. The zero value.
	StatusWaiting StepStatus = iota
	// StatusPending: the period runs; its last day has not passed (or no AsOf was given).
	StatusPending
	// StatusOnTime: done by the last day.
	StatusOnTime
	// StatusLate: done after the last day (for the information step: too
	// close to the meeting; for suspensions: beyond the cap).
	StatusLate
	// StatusOverdue: not done, and AsOf is after the last day.
	StatusOverdue
	// StatusNotSet: the rules set no period for this step.
	StatusNotSet
)

var stepStatusEnum = enum.New[StepStatus]("StepStatus", "status", "democracy.status", union.Invalid, "waiting", "pending", "on_time", "late", "overdue", "not_set")

// String returns the English word.
func (s StepStatus) String() string { return stepStatusEnum.String(s) }

// Text returns the localized name.
func (s StepStatus) Text(tag language.Tag) string {
	return stepStatusEnum.Text(s, tag)
}

// Valid reports whether s is one of the defined statuses.
func (s StepStatus) Valid() bool { return stepStatusEnum.Valid(s) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (s StepStatus) MarshalText() ([]byte, error) {
	return stepStatusEnum.Marshal(s)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (s *StepStatus) UnmarshalText(t []byte) error {
	return stepStatusEnum.Unmarshal(s, t)
}

// ScheduleStep is one step of a consultation's schedule.
type ScheduleStep struct {
	// Step names the step.
	Step StepKind `json:"step"`
	// From is the day the period is counted from (the day after it is the
	// first day of the period).
	From Date `json:"from"`
	// Due is the last day of the period, after any extension for rest days;
	// for the information step, the earliest day the first meeting may be held.
	Due Date `json:"due"`
	// Done is the day the step was done, if it was.
	Done Date `json:"done"`
	// Status is where the step stands.
	Status StepStatus `json:"status"`
	// Days is how many days late or overdue the step is, or, for
	// suspensions, the days suspended.
	Days int `json:"days"`
	// Reason explains the step with its dates and source.
	Reason union.Reason `json:"reason"`
	// Standing says in words where the step stands (done on time, so many
	// days late or overdue, running); empty while waiting or with no period.
	Standing union.Reason `json:"standing,omitzero"`
}

// Effect is whether the filed contract is in effect. Its text form is the English word.
type Effect uint8

// The effects.
const (
	// EffectNotFiled: the contract has not been filed. The zero value.
	EffectNotFiled Effect = iota
	// EffectPending: the review window is open; with no objection the
	// contract takes effect on Schedule.EffectiveOn.
	EffectPending
	// EffectInForce: the window closed with no objection.
	EffectInForce
	// EffectObjected: the authority objected in the window: the parties
	// renegotiate the disputed terms and file again.
	EffectObjected
)

var effectEnum = enum.New[Effect]("Effect", "effect", "democracy.effect", union.Invalid, "not_filed", "pending", "in_force", "objected")

// String returns the English word.
func (e Effect) String() string { return effectEnum.String(e) }

// Text returns the localized name.
func (e Effect) Text(tag language.Tag) string {
	return effectEnum.Text(e, tag)
}

// Valid reports whether e is one of the defined effects.
func (e Effect) Valid() bool { return effectEnum.Valid(e) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (e Effect) MarshalText() ([]byte, error) { return effectEnum.Marshal(e) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (e *Effect) UnmarshalText(t []byte) error {
	return effectEnum.Unmarshal(e, t)
}

// Schedule is the result of ConsultationRules.Schedule.
type Schedule struct {
	// Steps are the steps in procedural order: reply, announcement of the
	// negotiators, information, negotiation, suspension, draft, filing,
	// review, publication.
	Steps []ScheduleStep `json:"steps"`
	// SuspendedDays is the number of days the talks were suspended.
	SuspendedDays int `json:"suspended_days"`
	// Effect is whether the contract is in effect.
	Effect Effect `json:"effect"`
	// EffectiveOn is the day the contract takes (or took) effect when no
	// objection is raised in the review window; zero when not filed or objected.
	EffectiveOn Date `json:"effective_on"`
	// Reasons explain the effect and the counting rules, with sources.
	Reasons []union.Reason `json:"reasons"`
}

// validate checks the events (ErrInvalid): valid dates, the order of the
// events that are set, the suspensions. Every problem is reported.
func (ev ConsultationEvents) validate() error {
	var errs []error
	chain := []struct {
		name string
		d    Date
	}{
		{"requested", ev.Requested}, {"replied", ev.Replied}, {"first_meeting", ev.FirstMeeting},
		{"agreed", ev.Agreed}, {"submitted", ev.Submitted}, {"voted", ev.Voted},
	}
	others := []struct {
		name string
		d    Date
	}{
		{"appointed", ev.Appointed}, {"announced", ev.Announced},
		{"informed", ev.Informed}, {"notified", ev.Notified}, {"signed", ev.Signed}, {"filed", ev.Filed},
		{"received", ev.Received}, {"objection", ev.Objection}, {"published", ev.Published}, {"as_of", ev.AsOf},
	}
	bad := false
	for _, l := range [][]struct {
		name string
		d    Date
	}{chain, others} {
		for _, c := range l {
			if err := validDate(c.name, c.d); err != nil {
				errs = append(errs, err)
				bad = true
			}
		}
	}
	if bad {
		return errors.Join(errs...)
	}
	// Each event of the chain follows the last earlier one that is set.
	var last struct {
		name string
		d    Date
	}
	for _, c := range chain {
		if c.d.IsZero() {
			continue
		}
		if !last.d.IsZero() && c.d.Before(last.d) {
			errs = append(errs, union.Invalid(c.name, "democracy.consultation.order", c.d.String(), last.name, last.d.String()))
		}
		last = c
	}
	after := func(name string, d Date, refName string, ref Date, code string) {
		if !d.IsZero() && !ref.IsZero() && d.Before(ref) {
			errs = append(errs, union.Invalid(name, code, d.String(), refName, ref.String()))
		}
	}
	after("informed", ev.Informed, "requested", ev.Requested, "democracy.consultation.order")
	after("announced", ev.Announced, "appointed", ev.Appointed, "democracy.consultation.order")
	after("signed", ev.Signed, "voted", ev.Voted, "democracy.consultation.signed_before_vote")
	after("notified", ev.Notified, "voted", ev.Voted, "democracy.consultation.order")
	after("filed", ev.Filed, "signed", ev.Signed, "democracy.consultation.order")
	after("filed", ev.Filed, "voted", ev.Voted, "democracy.consultation.order")
	after("received", ev.Received, "filed", ev.Filed, "democracy.consultation.order")
	received := ev.Received
	if received.IsZero() {
		received = ev.Filed
	}
	after("objection", ev.Objection, "received", received, "democracy.consultation.order")
	after("published", ev.Published, "signed", ev.Signed, "democracy.consultation.order")
	after("published", ev.Published, "filed", ev.Filed, "democracy.consultation.order")
	if !ev.Signed.IsZero() && ev.Voted.IsZero() {
		errs = append(errs, union.Invalid("voted", "democracy.consultation.signed_before_vote", "", "signed", ev.Signed.String()))
	}
	if !ev.Objection.IsZero() && received.IsZero() {
		errs = append(errs, union.Invalid("objection", "democracy.consultation.order", ev.Objection.String(), "filed", ""))
	}

	if len(ev.Suspensions) > MaxSuspensions {
		errs = append(errs, tooMany(union.ErrInvalid, "suspensions", len(ev.Suspensions), MaxSuspensions))
		return errors.Join(errs...)
	}
	for i, s := range ev.Suspensions {
		field := union.Indexed("suspensions", i)
		switch {
		case !s.From.Valid():
			errs = append(errs, union.Invalid(field+".from", "invalid.format", s.From.String(), "YYYY-MM-DD"))
		case !s.Until.Valid():
			errs = append(errs, union.Invalid(field+".until", "invalid.format", s.Until.String(), "YYYY-MM-DD"))
		case s.Until.Before(s.From):
			errs = append(errs, union.Invalid(field+".until", "invalid.order", s.From.String()+".."+s.Until.String()))
		default:
			// the talks cannot be suspended before they were asked for.
			after(field+".from", s.From, "requested", ev.Requested, "democracy.consultation.order")
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	sorted := sortedSuspensions(ev.Suspensions)
	for i := 1; i < len(sorted); i++ {
		if !sorted[i].From.After(sorted[i-1].Until) {
			errs = append(errs, union.Invalid("suspensions", "democracy.consultation.suspension_overlap",
				sorted[i].From.String()+".."+sorted[i].Until.String(), sorted[i-1].From.String()+".."+sorted[i-1].Until.String()))
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// sortedSuspensions returns a sorted copy, so the caller's order never matters.
func sortedSuspensions(s []Suspension) []Suspension {
	out := append([]Suspension(nil), s...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].From != out[j].From {
			return out[i].From.Before(out[j].From)
		}
		return out[i].Until.Before(out[j].Until)
	})
	return out
}

// Schedule computes every step's deadline as a date, counted by
// 民法典 第二百零一条 to 第二百零三条 on the caller's calendar, and says where
// each step stands: the reply to the request, the information lead before
// the first meeting, the length of the talks (suspended days not counted, up
// to the cap), the draft to the congress, the filing, the authority's review
// window and the day the contract takes effect with no objection, and its
// publication.
//
// Errors: inconsistent rules (ErrPolicy); invalid or out-of-order events, a
// signature before the congress's vote, overlapping suspensions, an invalid
// calendar or one that does not cover a day the counting needs (ErrInvalid,
// fields such as "events.signed" or "calendar.holidays[2]").
func (r ConsultationRules) Schedule(ev ConsultationEvents, cal Calendar) (Schedule, error) {
	if err := r.Validate(); err != nil {
		return Schedule{}, err
	}
	if err := ev.validate(); err != nil {
		return Schedule{}, union.Prefix("events", err)
	}
	ix, err := cal.index()
	if err != nil {
		return Schedule{}, union.Prefix("calendar", err)
	}
	return r.schedule(ev, ix)
}

func (r ConsultationRules) schedule(ev ConsultationEvents, ix calendarIndex) (Schedule, error) {
	s := r.Steps
	var out Schedule
	var errs []error
	src := func(st Step) string {
		if st.Source == "" {
			return r.Source
		}
		if r.Unverified {
			return st.Source + unverNote
		}
		return st.Source
	}
	// period adds a step counted from `from`, done on `done`.
	period := func(kind StepKind, st Step, from, done Date) Date {
		step := ScheduleStep{Step: kind, From: from, Done: done}
		code := stepCodes[kind]
		switch {
		case st.IsZero():
			step.Status = StatusNotSet
			step.Reason = union.NewReason("democracy.consultation.step.not_set", r.Source)
			out.Steps = append(out.Steps, step)
			return Date{}
		case from.IsZero():
			step.Status = StatusWaiting
			step.Reason = union.NewReason("democracy.consultation.step.waiting", src(st))
			out.Steps = append(out.Steps, step)
			return Date{}
		}
		due, err := ix.deadline("events", from, st.Span)
		if err != nil {
			errs = append(errs, union.Prefix("calendar", err))
			return Date{}
		}
		step.Due = due
		step.Status, step.Days = standing(due, done, ev.AsOf)
		step.Reason = union.NewReason(code, src(st), from.String(), due.String())
		step.Standing = standingReason(step.Status, step.Days, src(st))
		out.Steps = append(out.Steps, step)
		return due
	}

	period(StepReply, s.Reply, ev.Requested, ev.Replied)
	period(StepAnnouncement, s.Announcement, ev.Appointed, ev.Announced)

	// Information: a lead time before the first meeting.
	info := ScheduleStep{Step: StepInformation, From: ev.Informed, Done: ev.FirstMeeting}
	switch {
	case s.Information.IsZero():
		info.Status = StatusNotSet
		info.Reason = union.NewReason("democracy.consultation.step.not_set", r.Source)
	case ev.Informed.IsZero():
		info.Status = StatusWaiting
		info.Reason = union.NewReason("democracy.consultation.step.waiting", src(s.Information))
	default:
		earliest, err := ix.lead("events.informed", ev.Informed, s.Information.Span)
		if err != nil {
			errs = append(errs, union.Prefix("calendar", err))
			break
		}
		info.Due = earliest
		switch {
		case ev.FirstMeeting.IsZero():
			info.Status = StatusPending
		case ev.FirstMeeting.Before(earliest):
			info.Status, info.Days = StatusLate, ev.FirstMeeting.DaysUntil(earliest)
		default:
			info.Status = StatusOnTime
		}
		info.Reason = union.NewReason(stepCodes[StepInformation], src(s.Information), ev.Informed.String(), earliest.String())
		info.Standing = standingReason(info.Status, info.Days, src(s.Information))
		if info.Status == StatusLate {
			info.Standing = union.NewReason("democracy.consultation.standing.too_early", src(s.Information), itoa(info.Days))
		}
	}
	out.Steps = append(out.Steps, info)

	// Negotiation, with the suspended days added.
	suspended := 0
	for _, sp := range ev.Suspensions {
		suspended += sp.From.DaysUntil(sp.Until) + 1 // at most MaxSuspensions × 3.65 million: no overflow
	}
	out.SuspendedDays = suspended
	capDays := -1
	if !s.SuspensionCap.IsZero() && s.SuspensionCap.Unit == Days {
		capDays = s.SuspensionCap.N
	}
	counted := suspended
	if capDays >= 0 && counted > capDays {
		counted = capDays
	}
	from := map[Anchor]Date{AnchorRequested: ev.Requested, AnchorReplied: ev.Replied, AnchorFirstMeeting: ev.FirstMeeting}[s.NegotiationFrom]
	until := ev.Agreed
	if s.NegotiationUntil == AnchorSigned {
		until = ev.Signed
	}
	neg := ScheduleStep{Step: StepNegotiation, From: from, Done: until}
	switch {
	case s.Negotiation.IsZero():
		neg.Status = StatusNotSet
		neg.Reason = union.NewReason("democracy.consultation.step.not_set", r.Source)
	case from.IsZero():
		neg.Status = StatusWaiting
		neg.Reason = union.NewReason("democracy.consultation.step.waiting", src(s.Negotiation))
	default:
		// The suspended days are added to the period's own last day, and only
		// then is a last day that falls on a rest day moved (第二百零三条).
		var due Date
		n, err := ix.end("events", from, s.Negotiation.Span)
		if err == nil {
			if n += counted; n > maxOrdinal {
				err = union.Invalid("events.suspensions", "invalid.range", itoa(counted), "0001-01-01", "9999-12-31")
			} else {
				due, err = ix.nextWorking("events", n)
			}
		}
		if err != nil {
			errs = append(errs, union.Prefix("calendar", err))
			break
		}
		neg.Due = due
		neg.Status, neg.Days = standing(due, until, ev.AsOf)
		neg.Reason = union.NewReason(stepCodes[StepNegotiation], src(s.Negotiation), from.String(), itoa(counted), due.String())
		neg.Standing = standingReason(neg.Status, neg.Days, src(s.Negotiation))
	}
	out.Steps = append(out.Steps, neg)

	// Suspensions against their cap.
	susp := ScheduleStep{Step: StepSuspension, Days: suspended}
	switch {
	case s.SuspensionCap.IsZero():
		susp.Status = StatusNotSet
		susp.Reason = union.NewReason("democracy.consultation.suspension.no_cap", r.Source, itoa(suspended))
	default:
		capN := s.SuspensionCap.N
		susp.Status = StatusOnTime
		if capDays >= 0 && suspended > capDays {
			susp.Status = StatusLate
		}
		susp.Reason = union.NewReason(stepCodes[StepSuspension], src(s.SuspensionCap), itoa(suspended), itoa(capN))
		if susp.Status == StatusLate {
			susp.Standing = union.NewReason("democracy.consultation.standing.over_cap", src(s.SuspensionCap), itoa(suspended-capN))
		}
	}
	out.Steps = append(out.Steps, susp)

	period(StepDraft, s.Draft, ev.Agreed, ev.Submitted)
	filingFrom := ev.Signed
	if s.FilingFrom == AnchorNotified {
		filingFrom = ev.Notified
	}
	period(StepFiling, s.Filing, filingFrom, ev.Filed)

	received := ev.Received
	if received.IsZero() {
		received = ev.Filed
	}
	reviewEnd := period(StepReview, s.Review, received, ev.Objection)
	// The review step is "done" only by an objection; no objection is the
	// normal course, so a window that closes without one is on time.
	if n := len(out.Steps) - 1; out.Steps[n].Step == StepReview && !reviewEnd.IsZero() {
		st := &out.Steps[n]
		switch {
		case ev.Objection.IsZero() && st.Status == StatusOverdue:
			st.Status, st.Days = StatusOnTime, 0
		case ev.Objection.IsZero():
			st.Status, st.Days = StatusPending, 0
		}
		switch {
		case !ev.Objection.IsZero() && st.Status == StatusOnTime:
			st.Standing = union.NewReason("democracy.consultation.standing.objected", src(s.Review), ev.Objection.String())
		case st.Status == StatusOnTime:
			st.Standing = union.NewReason("democracy.consultation.standing.no_objection", src(s.Review))
		default:
			st.Standing = standingReason(st.Status, st.Days, src(s.Review))
		}
	}
	effSrc := "中华人民共和国劳动合同法 第五十四条；中华人民共和国劳动法 第三十四条"
	if s.Review.Source != "" {
		effSrc = src(s.Review)
	}
	switch {
	case received.IsZero():
		out.Effect = EffectNotFiled
		out.Reasons = append(out.Reasons, union.NewReason("democracy.consultation.effect.not_filed", effSrc))
	case reviewEnd.IsZero():
		out.Effect = EffectNotFiled
	case !ev.Objection.IsZero() && !ev.Objection.After(reviewEnd):
		out.Effect = EffectObjected
		out.Reasons = append(out.Reasons, union.NewReason("democracy.consultation.effect.objected", effSrc, ev.Objection.String(), reviewEnd.String()))
	default:
		on, ok := reviewEnd.AddDays(1)
		if !ok {
			errs = append(errs, union.Invalid("events.received", "invalid.range", received.String(), "0001-01-01", "9999-12-31"))
			break
		}
		out.EffectiveOn = on
		if !ev.AsOf.IsZero() && ev.AsOf.After(reviewEnd) || !ev.Objection.IsZero() {
			out.Effect = EffectInForce
			out.Reasons = append(out.Reasons, union.NewReason("democracy.consultation.effect.in_force", effSrc, reviewEnd.String(), on.String()))
			if !ev.Objection.IsZero() {
				out.Reasons = append(out.Reasons, union.NewReason("democracy.consultation.effect.late_objection", effSrc, ev.Objection.String(), reviewEnd.String()))
			}
		} else {
			out.Effect = EffectPending
			out.Reasons = append(out.Reasons, union.NewReason("democracy.consultation.effect.pending", effSrc, reviewEnd.String(), on.String()))
		}
	}
	period(StepPublication, s.Publication, out.EffectiveOn, ev.Published)
	out.Reasons = append(out.Reasons, union.NewReason("democracy.consultation.counting", srcCivil))
	if len(errs) > 0 {
		return Schedule{}, errors.Join(errs...)
	}
	return out, nil
}

// standingReason says in words where a step stands; the zero Reason for a
// step that is waiting or has no period.
func standingReason(s StepStatus, days int, source string) union.Reason {
	switch s {
	case StatusOnTime:
		return union.NewReason("democracy.consultation.standing.on_time", source)
	case StatusLate:
		return union.NewReason("democracy.consultation.standing.late", source, itoa(days))
	case StatusOverdue:
		return union.NewReason("democracy.consultation.standing.overdue", source, itoa(days))
	case StatusPending:
		return union.NewReason("democracy.consultation.standing.pending", source)
	}
	return union.Reason{}
}

// standing says where a step with a last day of due stands, done on done
// (zero: not done), read on asOf (zero: no overdue flags).
func standing(due, done, asOf Date) (StepStatus, int) {
	switch {
	case !done.IsZero() && done.After(due):
		return StatusLate, due.DaysUntil(done)
	case !done.IsZero():
		return StatusOnTime, 0
	case !asOf.IsZero() && asOf.After(due):
		return StatusOverdue, due.DaysUntil(asOf)
	}
	return StatusPending, 0
}
