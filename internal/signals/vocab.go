package signals

import (
	"fmt"
	"maps"
	"slices"

	"github.com/resumecheck/resumecheck/internal/lexicon"
)

// vocab is the analyser's vocabulary beyond the lexicons' terms: the word lists it
// reads around a match (the lists: of its lexicons, by name) and the phrases it finds
// token by token (the phrases: of the people, team_framing, technical and
// communication lexicons). The Go code keeps the rules that use them, so a coach can
// read and extend the words in rules/lexicons/*.yaml.
type vocab struct {
	passiveStates       map[string]bool // be_forms.yaml
	numeralBefore       map[string]bool // first_person.yaml
	openerFillers       map[string]bool // weak_openers.yaml
	notActions          map[string]bool // strong_verbs.yaml
	skipAfterBe         map[string]bool // be_forms.yaml
	compoundAdjectives  map[string]bool // be_forms.yaml
	notParticiples      map[string]bool // be_forms.yaml
	audience            map[string]bool // people.yaml
	peopleNouns         map[string]bool // people.yaml
	productOnboarding   map[string]bool // people.yaml
	selfBe              map[string]bool // people.yaml
	groupOwners         map[string]bool // people.yaml
	productNouns        map[string]bool // people.yaml
	headcountPlans      map[string]bool // people.yaml
	syncVerbs           map[string]bool // people.yaml
	thingConflicts      map[string]bool // people.yaml
	productEngagement   map[string]bool // people.yaml
	enteredBy           map[string]bool // people.yaml
	receiveVerbs        map[string]bool // people.yaml
	chosenFor           map[string]bool // people.yaml
	teachVerbs          map[string]bool // people.yaml
	studySubjects       map[string]bool // people.yaml
	jobWords            map[string]bool // people.yaml
	researchInterviews  map[string]bool // people.yaml
	candidates          map[string]bool // people.yaml
	shadowedUsers       map[string]bool // people.yaml
	otherSubjects       map[string]bool // people.yaml
	recognisedThings    map[string]bool // people.yaml
	specProducers       map[string]bool // communication.yaml
	promotable          map[string]bool // people.yaml
	manageVerbs         map[string]bool // people.yaml
	softwareVerbs       map[string]bool // technical.yaml
	softwareArtifacts   map[string]bool // technical.yaml
	collabVerbs         map[string]bool // functions.yaml
	collabRoles         map[string]bool // functions.yaml
	workedWithVerbs     map[string]bool // functions.yaml
	hiredRoles          map[string]bool // functions.yaml
	hiringVerbs         map[string]bool // functions.yaml
	talkEvents          map[string]bool // communication.yaml
	fosteringStems      []string        // communication.yaml
	teamVerbs           map[string]bool // team_framing.yaml
	trainingEvents      map[string]bool // people.yaml
	helpNouns           map[string]bool // team_framing.yaml
	aidVerbs            map[string]bool // team_framing.yaml
	seniorWords         map[string]bool // team_framing.yaml
	coordinatingVerbs   map[string]bool // team_framing.yaml
	roleHeads           map[string]bool // team_framing.yaml
	newcomerPrefixes    []string        // people.yaml
	leadTitles          map[string]bool // lead_verbs.yaml
	leadNotPeople       map[string]bool // lead_verbs.yaml
	salesLeads          map[string]bool // lead_verbs.yaml
	leadRoles           map[string]bool // lead_verbs.yaml
	mlWords             map[string]bool // team_framing.yaml
	supervisingVerbs    map[string]bool // team_framing.yaml
	peopleGroups        map[string]bool // team_framing.yaml
	objectVerbs         map[string]bool // team_framing.yaml
	memberWords         map[string]bool // team_framing.yaml
	clauseBreaks        map[string]bool // team_framing.yaml
	budgetNouns         map[string]bool // team_framing.yaml
	workforce           map[string]bool // team_framing.yaml
	servedFillers       map[string]bool // team_framing.yaml
	groupOpeners        map[string]bool // team_framing.yaml
	groupFillers        map[string]bool // team_framing.yaml
	practiceVerbs       map[string]bool // team_framing.yaml
	practiceNouns       map[string]bool // team_framing.yaml
	practiceOpeners     map[string]bool // team_framing.yaml
	otherGroups         map[string]bool // team_framing.yaml
	useParticiples      map[string]bool // team_framing.yaml
	arrangedThings      map[string]bool // team_framing.yaml
	followParticiples   map[string]bool // team_framing.yaml
	teamHeads           map[string]bool // team_framing.yaml
	outsideOwners       map[string]bool // team_framing.yaml
	workVerbs           map[string]bool // team_framing.yaml
	bondingEvents       map[string]bool // people.yaml
	ambiguousFunctions  map[string]bool // functions.yaml
	workFunctions       map[string]bool // functions.yaml
	teamServiceVerbs    map[string]bool // functions.yaml
	bareDeterminers     map[string]bool // functions.yaml
	givenLeadership     map[string]bool // functions.yaml
	engineeringWork     map[string]bool // functions.yaml
	objectFunctions     map[string]bool // functions.yaml
	describedParties    map[string]bool // functions.yaml
	partyFacing         map[string]bool // functions.yaml
	functionCues        map[string]bool // functions.yaml
	teamish             map[string]bool // functions.yaml
	ownTeam             map[string]bool // functions.yaml
	scaleVerbs          map[string]bool // functions.yaml
	servedBy            map[string]bool // functions.yaml
	servedFor           map[string]bool // functions.yaml
	partyDealings       map[string]bool // functions.yaml
	leadTitleHeads      map[string]bool // team_framing.yaml
	leadTitleCues       map[string]bool // team_framing.yaml
	changeVerbs         map[string]bool // functions.yaml
	workplaces          map[string]bool // functions.yaml
	workplacePairs      map[string]bool // functions.yaml
	staffNouns          map[string]bool // functions.yaml
	domainExperts       map[string]bool // functions.yaml
	expertCues          map[string]bool // functions.yaml
	titledHeads         map[string]bool // functions.yaml
	ownFunctions        map[string]bool // functions.yaml
	partnerOrgs         map[string]bool // functions.yaml
	partnerPeople       map[string]bool // functions.yaml
	systemProviders     map[string]bool // functions.yaml
	takeOver            map[string]bool // functions.yaml
	ownRoles            map[string]bool // functions.yaml
	teamSizeUnits       map[string]bool // functions.yaml
	softwareClients     map[string]bool // functions.yaml
	notGroups           map[string]bool // functions.yaml
	teamSizeWords       map[string]bool // functions.yaml
	teamSuffixes        []string        // functions.yaml
	coordination        map[string]bool // grammar.yaml
	determiners         map[string]bool // grammar.yaml
	joiners             map[string]bool // grammar.yaml
	capitalOnly         map[string]bool // technical.yaml
	plannedBackups      map[string]bool // technical.yaml
	businessModels      map[string]bool // technical.yaml
	nonTechPipeline     map[string]bool // technical.yaml
	businessServices    map[string]bool // technical.yaml
	domainTerms         map[string]bool // technical.yaml
	domainHeads         map[string]bool // technical.yaml
	technicalDelivery   map[string]bool // pm.yaml
	softwareHeads       map[string]bool // pm.yaml
	goodsDelivery       map[string]bool // pm.yaml
	scoredRiskBefore    map[string]bool // pm.yaml
	scoredRiskAfter     map[string]bool // pm.yaml
	softwareDeps        map[string]bool // pm.yaml
	coordinateGeometry  map[string]bool // pm.yaml
	machineBacklogs     map[string]bool // pm.yaml
	technicalScope      map[string]bool // pm.yaml
	computedEstimates   map[string]bool // pm.yaml
	machinePlans        map[string]bool // pm.yaml
	nonProjectSchedule  map[string]bool // pm.yaml
	peoplePlans         map[string]bool // pm.yaml
	technicalBudget     map[string]bool // pm.yaml
	peopleProgrammes    map[string]bool // pm.yaml
	riskBodies          map[string]bool // pm.yaml
	nonProjectPlans     map[string]bool // pm.yaml
	nonProjectNeeds     map[string]bool // pm.yaml
	audienceOfTalk      map[string]bool // communication.yaml
	presentingVerbs     map[string]bool // communication.yaml
	machineParts        map[string]bool // communication.yaml
	dataDocs            map[string]bool // communication.yaml
	personalThings      map[string]bool // communication.yaml
	configTools         map[string]bool // communication.yaml
	machineTalk         map[string]bool // communication.yaml
	techChannel         map[string]bool // communication.yaml
	dateDash            map[string]bool // communication.yaml
	commNouns           map[string]bool // communication.yaml
	machineNouns        map[string]bool // communication.yaml
	machineVerbs        map[string]bool // communication.yaml
	machineObjects      map[string]bool // communication.yaml
	writtenThings       map[string]bool // communication.yaml
	readingVerbs        map[string]bool // communication.yaml
	parties             map[string]bool // communication.yaml
	qtySuffix           map[string]bool // quantity_words.yaml
	ordinal             map[string]bool // quantity_words.yaml
	labelWords          map[string]bool // quantity_words.yaml
	hyphenNames         map[string]bool // quantity_words.yaml
	durationBefore      map[string]bool // quantity_words.yaml
	savedWords          map[string]bool // quantity_words.yaml
	settingComparatives map[string]bool // quantity_words.yaml
	timeUnits           map[string]bool // quantity_words.yaml
	numberWords         map[string]bool // quantity_words.yaml
	quantityNames       map[string]bool // quantity_words.yaml
	groupNouns          map[string]bool // team_framing.yaml
	builderGroups       map[string]bool // team_framing.yaml
	softwareNouns       map[string]bool // technical.yaml
	notTechNames        map[string]bool // technical.yaml
	toolPreps           map[string]bool // technical.yaml
	orgCues             map[string]bool // technical.yaml
	partyActivities     map[string]bool // functions.yaml
	ownTeamsVerbs       map[string]bool // functions.yaml
	teamWorkCues        map[string]bool // functions.yaml
	memberPreps         map[string]bool // functions.yaml
	memberVerbs         map[string]bool // functions.yaml
	clientOrgs          map[string]bool // functions.yaml
	mixedTeams          map[string]bool // functions.yaml
	serveVerbs          map[string]bool // functions.yaml
	servedParticiples   map[string]bool // functions.yaml
	ownRoleMarkers      map[string]bool // functions.yaml
	promotedTo          map[string]bool // functions.yaml
	orgEmployment       map[string]bool // functions.yaml
	// phrases indexes every kind of phrase by the words its first slot takes.
	phrases map[string][]kindPhrase
}

// phraseLexicons are the lexicons whose phrases are found, by kind.
var phraseLexicons = [phKinds]string{phPeople: "people", phTeam: "team_framing", phTech: "technical", phComm: "communication"}

// newVocab reads the lists and phrases of the analyser's lexicons. A list name may be
// used by one lexicon only; every list the analyser reads must be present.
func newVocab(lex map[string]*lexicon.Lexicon) (*vocab, error) {
	n := 0
	for _, l := range lex {
		n += len(l.Lists)
	}
	lists := make(map[string]map[string]bool, n)
	names := slices.Sorted(maps.Keys(lex))
	for i, name := range names {
		l := lex[name]
		for _, ln := range slices.Sorted(maps.Keys(l.Lists)) {
			if _, dup := lists[ln]; dup {
				f := ""
				for _, prev := range names[:i] {
					if _, ok := lex[prev].Lists[ln]; ok {
						f = lex[prev].File
						break
					}
				}
				return nil, fmt.Errorf("%s: list %q is also defined in %s; keep one of them", l.File, ln, f)
			}
			lists[ln] = set(l.Lists[ln]...)
		}
	}
	// The lists read in order (a list name is defined once, checked above).
	ordered := func(name string) ([]string, bool) {
		for _, l := range lex {
			if w, ok := l.Lists[name]; ok {
				return w, true
			}
		}
		return nil, false
	}
	v := &vocab{}
	for _, f := range []struct {
		name string
		dst  *map[string]bool
	}{
		{"passive_states", &v.passiveStates},
		{"numeral_before", &v.numeralBefore},
		{"opener_fillers", &v.openerFillers},
		{"not_actions", &v.notActions},
		{"skip_after_be", &v.skipAfterBe},
		{"compound_adjectives", &v.compoundAdjectives},
		{"not_participles", &v.notParticiples},
		{"audience", &v.audience},
		{"people_nouns", &v.peopleNouns},
		{"product_onboarding", &v.productOnboarding},
		{"self_be", &v.selfBe},
		{"group_owners", &v.groupOwners},
		{"headcount_plans", &v.headcountPlans},
		{"product_nouns", &v.productNouns},
		{"sync_verbs", &v.syncVerbs},
		{"thing_conflicts", &v.thingConflicts},
		{"product_engagement", &v.productEngagement},
		{"entered_by", &v.enteredBy},
		{"receive_verbs", &v.receiveVerbs},
		{"chosen_for", &v.chosenFor},
		{"teach_verbs", &v.teachVerbs},
		{"study_subjects", &v.studySubjects},
		{"job_words", &v.jobWords},
		{"research_interviews", &v.researchInterviews},
		{"candidates", &v.candidates},
		{"shadowed_users", &v.shadowedUsers},
		{"other_subjects", &v.otherSubjects},
		{"recognised_things", &v.recognisedThings},
		{"spec_producers", &v.specProducers},
		{"promotable", &v.promotable},
		{"manage_verbs", &v.manageVerbs},
		{"software_verbs", &v.softwareVerbs},
		{"software_artifacts", &v.softwareArtifacts},
		{"collab_verbs", &v.collabVerbs},
		{"worked_with_verbs", &v.workedWithVerbs},
		{"hired_roles", &v.hiredRoles},
		{"hiring_verbs", &v.hiringVerbs},
		{"talk_events", &v.talkEvents},
		{"collab_roles", &v.collabRoles},
		{"team_verbs", &v.teamVerbs},
		{"training_events", &v.trainingEvents},
		{"help_nouns", &v.helpNouns},
		{"aid_verbs", &v.aidVerbs},
		{"senior_words", &v.seniorWords},
		{"coordinating_verbs", &v.coordinatingVerbs},
		{"role_heads", &v.roleHeads},
		{"lead_titles", &v.leadTitles},
		{"lead_not_people", &v.leadNotPeople},
		{"sales_leads", &v.salesLeads},
		{"lead_roles", &v.leadRoles},
		{"ml_words", &v.mlWords},
		{"supervising_verbs", &v.supervisingVerbs},
		{"people_groups", &v.peopleGroups},
		{"object_verbs", &v.objectVerbs},
		{"member_words", &v.memberWords},
		{"clause_breaks", &v.clauseBreaks},
		{"budget_nouns", &v.budgetNouns},
		{"workforce", &v.workforce},
		{"served_fillers", &v.servedFillers},
		{"group_openers", &v.groupOpeners},
		{"group_fillers", &v.groupFillers},
		{"practice_verbs", &v.practiceVerbs},
		{"practice_nouns", &v.practiceNouns},
		{"practice_openers", &v.practiceOpeners},
		{"other_groups", &v.otherGroups},
		{"use_participles", &v.useParticiples},
		{"arranged_things", &v.arrangedThings},
		{"follow_participles", &v.followParticiples},
		{"team_heads", &v.teamHeads},
		{"outside_owners", &v.outsideOwners},
		{"work_verbs", &v.workVerbs},
		{"bonding_events", &v.bondingEvents},
		{"ambiguous_functions", &v.ambiguousFunctions},
		{"work_functions", &v.workFunctions},
		{"team_service_verbs", &v.teamServiceVerbs},
		{"bare_determiners", &v.bareDeterminers},
		{"given_leadership", &v.givenLeadership},
		{"engineering_work", &v.engineeringWork},
		{"object_functions", &v.objectFunctions},
		{"described_parties", &v.describedParties},
		{"party_facing", &v.partyFacing},
		{"function_cues", &v.functionCues},
		{"teamish", &v.teamish},
		{"own_team", &v.ownTeam},
		{"scale_verbs", &v.scaleVerbs},
		{"served_by", &v.servedBy},
		{"served_for", &v.servedFor},
		{"party_dealings", &v.partyDealings},
		{"lead_title_heads", &v.leadTitleHeads},
		{"lead_title_cues", &v.leadTitleCues},
		{"change_verbs", &v.changeVerbs},
		{"workplaces", &v.workplaces},
		{"workplace_pairs", &v.workplacePairs},
		{"staff_nouns", &v.staffNouns},
		{"domain_experts", &v.domainExperts},
		{"expert_cues", &v.expertCues},
		{"titled_heads", &v.titledHeads},
		{"own_functions", &v.ownFunctions},
		{"partner_orgs", &v.partnerOrgs},
		{"partner_people", &v.partnerPeople},
		{"system_providers", &v.systemProviders},
		{"take_over", &v.takeOver},
		{"own_roles", &v.ownRoles},
		{"team_size_units", &v.teamSizeUnits},
		{"software_clients", &v.softwareClients},
		{"not_groups", &v.notGroups},
		{"team_size_words", &v.teamSizeWords},
		{"coordination", &v.coordination},
		{"determiners", &v.determiners},
		{"joiners", &v.joiners},
		{"capital_only", &v.capitalOnly},
		{"planned_backups", &v.plannedBackups},
		{"business_models", &v.businessModels},
		{"non_tech_pipeline", &v.nonTechPipeline},
		{"business_services", &v.businessServices},
		{"domain_terms", &v.domainTerms},
		{"domain_heads", &v.domainHeads},
		{"technical_delivery", &v.technicalDelivery},
		{"software_heads", &v.softwareHeads},
		{"goods_delivery", &v.goodsDelivery},
		{"scored_risk_before", &v.scoredRiskBefore},
		{"scored_risk_after", &v.scoredRiskAfter},
		{"software_dependencies", &v.softwareDeps},
		{"coordinate_geometry", &v.coordinateGeometry},
		{"machine_backlogs", &v.machineBacklogs},
		{"technical_scope", &v.technicalScope},
		{"computed_estimates", &v.computedEstimates},
		{"machine_plans", &v.machinePlans},
		{"non_project_schedules", &v.nonProjectSchedule},
		{"people_plans", &v.peoplePlans},
		{"technical_budget", &v.technicalBudget},
		{"people_programmes", &v.peopleProgrammes},
		{"risk_bodies", &v.riskBodies},
		{"non_project_plans", &v.nonProjectPlans},
		{"non_project_needs", &v.nonProjectNeeds},
		{"audience_of_talk", &v.audienceOfTalk},
		{"presenting_verbs", &v.presentingVerbs},
		{"machine_parts", &v.machineParts},
		{"data_docs", &v.dataDocs},
		{"personal_things", &v.personalThings},
		{"config_tools", &v.configTools},
		{"machine_talk", &v.machineTalk},
		{"tech_channel", &v.techChannel},
		{"date_dash", &v.dateDash},
		{"comm_nouns", &v.commNouns},
		{"machine_nouns", &v.machineNouns},
		{"machine_verbs", &v.machineVerbs},
		{"machine_objects", &v.machineObjects},
		{"written_things", &v.writtenThings},
		{"reading_verbs", &v.readingVerbs},
		{"parties", &v.parties},
		{"qty_suffix", &v.qtySuffix},
		{"ordinal", &v.ordinal},
		{"label_words", &v.labelWords},
		{"hyphen_names", &v.hyphenNames},
		{"duration_before", &v.durationBefore},
		{"saved_words", &v.savedWords},
		{"setting_comparatives", &v.settingComparatives},
		{"time_units", &v.timeUnits},
		{"number_words", &v.numberWords},
		{"quantity_names", &v.quantityNames},
		{"group_nouns", &v.groupNouns},
		{"builder_groups", &v.builderGroups},
		{"software_nouns", &v.softwareNouns},
		{"not_tech_names", &v.notTechNames},
		{"tool_preps", &v.toolPreps},
		{"org_cues", &v.orgCues},
		{"party_activities", &v.partyActivities},
		{"own_teams_verbs", &v.ownTeamsVerbs},
		{"team_work_cues", &v.teamWorkCues},
		{"member_preps", &v.memberPreps},
		{"member_verbs", &v.memberVerbs},
		{"client_orgs", &v.clientOrgs},
		{"mixed_teams", &v.mixedTeams},
		{"serve_verbs", &v.serveVerbs},
		{"served_participles", &v.servedParticiples},
		{"own_role_markers", &v.ownRoleMarkers},
		{"promoted_to", &v.promotedTo},
		{"org_employment", &v.orgEmployment},
	} {
		w, ok := lists[f.name]
		if !ok {
			return nil, fmt.Errorf("signals: word list %q is missing; keep it under lists: in one of the lexicons (rules/lexicons)", f.name)
		}
		*f.dst = w
	}
	for _, f := range []struct {
		name string
		dst  *[]string
	}{
		{"team_suffixes", &v.teamSuffixes},
		{"newcomer_prefixes", &v.newcomerPrefixes},
		{"fostering_stems", &v.fosteringStems},
	} {
		w, ok := ordered(f.name)
		if !ok {
			return nil, fmt.Errorf("signals: word list %q is missing; keep it under lists: in one of the lexicons (rules/lexicons)", f.name)
		}
		*f.dst = w
	}
	var specs [phKinds][]string
	for kind, name := range phraseLexicons {
		specs[kind] = lex[name].Phrases
	}
	idx, kind, err := indexPhrases(lists, specs)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", lex[phraseLexicons[kind]].File, err)
	}
	v.phrases = idx
	return v, nil
}
