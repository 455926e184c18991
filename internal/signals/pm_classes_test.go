package signals

import "testing"

// pmClass is one class of planning and delivery work (pm) in SIGNALS.md with bullets
// written for it here, in our own words and in the ways résumés put it: fragments,
// present tense, gerunds, passive, "I"/"We", non-native English and long run-ons.
type pmClass struct {
	name    string
	bullets []string
}

var pmPositives = []pmClass{
	{"roadmaps", []string{
		"Owned the platform roadmap for two years",
		"Built and maintain the product roadmap together with the PM",
		"Roadmap definition for the mobile apps",
		"We shaped the yearly roadmap around three bets",
		"Translated company goals into a quarterly engineering roadmap",
		"Defining technical roadmap of the data team",
	}},
	{"planning", []string{
		"Ran quarterly planning across 4 squads",
		"Planned the migration in three phases",
		"Sprint planning, grooming and retros with the team",
		"Capacity planning for the next half",
		"Plan and follow up the work of the team every week",
		"Made the release plan for the new version",
		"Planning of resources and tasks for the project",
		"Set the OKRs of the platform group for the next half",
	}},
	{"prioritising", []string{
		"Prioritised backlog items together with our PO",
		"Prioritization of bugs versus new features",
		"Decided what to cut when the date could not move",
		"Set priorities for the team each sprint",
		"Triage and prioritisation of incoming requests",
		"Ranked the feature requests by value and effort",
	}},
	{"scope", []string{
		"Scoped the first version down to six weeks of work",
		"Defined scope and acceptance criteria of the MVP",
		"Negotiated scope changes with the client",
		"Kept the scope under control during the whole project",
		"Cut the scope in half to hit the launch",
		"Drafted the statement of work for each new engagement",
		"Wrote SOWs and estimates for consulting clients",
	}},
	{"estimates", []string{
		"Estimated the effort of new features for the offers",
		"Estimation of tasks in story points",
		"Gave estimates to the sales team for custom work",
		"Introduced t-shirt sizing for early estimates",
		"Improved the accuracy of our estimates over three quarters",
	}},
	{"deadlines", []string{
		"Shipped the partner portal in just nine weeks",
		"Delivered the tax module before the year-end",
		"Integration delivered a fortnight before its deadline",
		"Met every deadline of the regulatory project",
		"Kept the project on schedule despite losing two people",
		"Shipped the redesign on time for the holiday season",
		"Managed the timeline of the rebranding",
		"Finished in time for the trade fair",
		"Recovered a late project and delivered it within one month",
	}},
	{"budgets", []string{
		"Won funding for a second on-call team",
		"Managed 1.2M EUR budget of the programme",
		"Owned the engineering budget and the vendor contracts",
		"Project delivered under budget",
		"Budget planning and cost control for the IT department",
		"Tracked spending against the budget every month",
		"Prepared the yearly budget for the team",
	}},
	{"agile", []string{
		"Scrum master of 2 squads",
		"Introduced Kanban for the support team",
		"Runs our stand-ups each morning plus the reviews at sprint end",
		"Agile coach for the digital department",
		"Moved the team from waterfall to Scrum",
		"Facilitating retrospectives every two weeks",
		"Worked in two-week sprints with a distributed team",
	}},
	{"launch", []string{
		"Coordinating launches of our new app across five markets",
		"Led the go-live of the new ERP",
		"Organised the rollout plan with the country teams",
		"Coordination of releases between three teams",
		"Managed the launch checklist and the launch calendar",
		"Drove the go-to-market of the new plan with marketing",
		"Chaired the go/no-go call before every release",
		"Set a code freeze window two days ahead of each release",
	}},
	{"requirements", []string{
		"Gathered requirements from the business users",
		"Wrote user stories and acceptance criteria",
		"Requirements analysis for the new billing system",
		"Collecting and documenting the needs of the stakeholders",
		"Turned customer requirements into a delivery plan",
		"Wrote the PRD for the self-service portal",
	}},
	{"backlog", []string{
		"Groomed the backlog every week",
		"Owner of the team backlog",
		"Backlog refinement with product and design",
		"Cleaned up a backlog of 400 stale tickets",
		"Maintain product backlog in Jira",
	}},
	{"milestones", []string{
		"Split the project into milestones and tracked them weekly",
		"Defined milestones and deliverables with the client",
		"Reached every milestone of the funding phase",
		"Milestone tracking for the new factory line",
		"Reported progress against milestones to the steering committee",
	}},
	{"risk", []string{
		"Kept a risk register for the programme",
		"Identified risks early and planned mitigations",
		"Risk management for the data center move",
		"Flagged the delivery risks to the sponsor",
		"Managed dependencies and risks across the teams",
	}},
	{"projects", []string{
		"Project manager for the warehouse automation",
		"Managed projects for clients in retail",
		"Ran the project from kick-off to handover",
		"Program manager of the cloud migration",
		"Managed the implementation of the new HR system",
		"Project management of a team of 8",
		"Led several projects at the same time",
		"Managing multiple projects for the public sector",
	}},
	{"delivery_process", []string{
		"Introduced a delivery process with clear definition of done",
		"Set up the release train for five teams",
		"Built the project tracking in Jira from zero",
		"Improved our delivery predictability",
		"Defined the SDLC for the new department",
		"Reduced cycle time by limiting work in progress",
	}},
}

// pmNegatives are the near misses: infrastructure cost cuts that are technical
// efficiency, plans and schedules computed by software, software that holds budgets or
// plans, things delivered by post or by network, risk scored by a model, package
// dependencies, and machines coordinating.
var pmNegatives = []string{
	"Cut the cloud bill by 40% by moving to spot instances",
	"Reduced storage costs by compressing old logs",
	"Optimised the route planning algorithm for the delivery vans",
	"Built the budget module of the accounting app",
	"Developed a scheduling engine for hospital shifts",
	"Implemented the meal planning feature in the mobile app",
	"Built a credit risk model for small loans",
	"Fraud risk scoring with gradient boosting",
	"Upgraded the npm dependencies of all frontends",
	"Removed unused dependencies and cut the bundle by half",
	"The controller coordinates the robot arms over CAN",
	"Message delivery latency under 50 ms",
	"Email delivery service handling 2M messages per day",
	"Food delivery app with 100k users",
	"Wrote the query planner of the database",
	"Designed the cache eviction strategy",
	"Mentored three junior developers",
	"Fixed the memory leak in the image service",
	"Presented the architecture to the new hires",
	"Wrote the onboarding guide for new engineers",
	"Changed the cron schedule of the nightly export",
	"Limited OAuth scope of the partner tokens",
	"Built the timeline view of the patient record",
	"Kanban board component for the task app",
	"Cleared the queue backlog after the outage",
	"Estimated arrival times with a gradient boosted model",
	"Improved the delivery of push notifications",
	"Kept the build under the 10 minute time budget",
	"Milestone rewards feature for the fitness app",
	// KPIs are measures reported or tracked, not planning (OKRs set are)
	"Sent the weekly KPI digest to the directors",
}

// pmClassFloors hold how many of each class's bullets must be found: what the
// analyser finds now.
var pmClassFloors = map[string]int{
	"roadmaps": 6, "planning": 8, "prioritising": 4, "scope": 5, "estimates": 5, "deadlines": 7,
	"budgets": 6, "agile": 7, "launch": 6, "requirements": 5, "backlog": 5, "milestones": 5,
	"risk": 5, "projects": 6, "delivery_process": 4,
}

// TestPMClasses holds each class's recall and keeps every negative out.
func TestPMClasses(t *testing.T) {
	a := analyzer(t)
	for _, c := range pmPositives {
		hit := 0
		var missed []string
		for _, s := range c.bullets {
			if a.Analyze(s).PM {
				hit++
			} else {
				missed = append(missed, s)
			}
		}
		floor, ok := pmClassFloors[c.name]
		if !ok {
			t.Fatalf("class %s has no floor", c.name)
		}
		if hit < floor {
			t.Errorf("%s: %d of %d found, floor %d; missed %q", c.name, hit, len(c.bullets), floor, missed)
		}
	}
	for _, s := range pmNegatives {
		if r := a.Analyze(s); r.PM {
			t.Errorf("%q: pm, want none (evidence %v)", s, r.Evidence[PM])
		}
	}
}
