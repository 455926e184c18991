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
	passiveStates       wordSet  // be_forms.yaml
	numeralBefore       wordSet  // first_person.yaml
	openerFillers       wordSet  // weak_openers.yaml
	notActions          wordSet  // strong_verbs.yaml
	skipAfterBe         wordSet  // be_forms.yaml
	compoundAdjectives  wordSet  // be_forms.yaml
	notParticiples      wordSet  // be_forms.yaml
	audience            wordSet  // people.yaml
	peopleNouns         wordSet  // people.yaml
	productOnboarding   wordSet  // people.yaml
	selfBe              wordSet  // people.yaml
	groupOwners         wordSet  // people.yaml
	productNouns        wordSet  // people.yaml
	headcountPlans      wordSet  // people.yaml
	syncVerbs           wordSet  // people.yaml
	thingConflicts      wordSet  // people.yaml
	productEngagement   wordSet  // people.yaml
	enteredBy           wordSet  // people.yaml
	receiveVerbs        wordSet  // people.yaml
	chosenFor           wordSet  // people.yaml
	teachVerbs          wordSet  // people.yaml
	studySubjects       wordSet  // people.yaml
	jobWords            wordSet  // people.yaml
	researchInterviews  wordSet  // people.yaml
	candidates          wordSet  // people.yaml
	shadowedUsers       wordSet  // people.yaml
	otherSubjects       wordSet  // people.yaml
	recognisedThings    wordSet  // people.yaml
	specProducers       wordSet  // communication.yaml
	promotable          wordSet  // people.yaml
	manageVerbs         wordSet  // people.yaml
	softwareVerbs       wordSet  // technical.yaml
	softwareArtifacts   wordSet  // technical.yaml
	collabVerbs         wordSet  // functions.yaml
	collabRoles         wordSet  // functions.yaml
	workedWithVerbs     wordSet  // functions.yaml
	hiredRoles          wordSet  // functions.yaml
	hiringVerbs         wordSet  // functions.yaml
	talkEvents          wordSet  // communication.yaml
	fosteringStems      []string // communication.yaml
	teamVerbs           wordSet  // team_framing.yaml
	trainingEvents      wordSet  // people.yaml
	helpNouns           wordSet  // team_framing.yaml
	aidVerbs            wordSet  // team_framing.yaml
	seniorWords         wordSet  // team_framing.yaml
	coordinatingVerbs   wordSet  // team_framing.yaml
	roleHeads           wordSet  // team_framing.yaml
	newcomerPrefixes    []string // people.yaml
	leadTitles          wordSet  // lead_verbs.yaml
	leadNotPeople       wordSet  // lead_verbs.yaml
	salesLeads          wordSet  // lead_verbs.yaml
	leadRoles           wordSet  // lead_verbs.yaml
	mlWords             wordSet  // team_framing.yaml
	supervisingVerbs    wordSet  // team_framing.yaml
	peopleGroups        wordSet  // team_framing.yaml
	objectVerbs         wordSet  // team_framing.yaml
	memberWords         wordSet  // team_framing.yaml
	clauseBreaks        wordSet  // team_framing.yaml
	budgetNouns         wordSet  // team_framing.yaml
	workforce           wordSet  // team_framing.yaml
	servedFillers       wordSet  // team_framing.yaml
	groupOpeners        wordSet  // team_framing.yaml
	groupFillers        wordSet  // team_framing.yaml
	practiceVerbs       wordSet  // team_framing.yaml
	practiceNouns       wordSet  // team_framing.yaml
	practiceOpeners     wordSet  // team_framing.yaml
	otherGroups         wordSet  // team_framing.yaml
	useParticiples      wordSet  // team_framing.yaml
	arrangedThings      wordSet  // team_framing.yaml
	followParticiples   wordSet  // team_framing.yaml
	teamHeads           wordSet  // team_framing.yaml
	outsideOwners       wordSet  // team_framing.yaml
	workVerbs           wordSet  // team_framing.yaml
	bondingEvents       wordSet  // people.yaml
	ambiguousFunctions  wordSet  // functions.yaml
	workFunctions       wordSet  // functions.yaml
	teamServiceVerbs    wordSet  // functions.yaml
	bareDeterminers     wordSet  // functions.yaml
	givenLeadership     wordSet  // functions.yaml
	engineeringWork     wordSet  // functions.yaml
	objectFunctions     wordSet  // functions.yaml
	describedParties    wordSet  // functions.yaml
	partyFacing         wordSet  // functions.yaml
	functionCues        wordSet  // functions.yaml
	teamish             wordSet  // functions.yaml
	ownTeam             wordSet  // functions.yaml
	scaleVerbs          wordSet  // functions.yaml
	servedBy            wordSet  // functions.yaml
	servedFor           wordSet  // functions.yaml
	partyDealings       wordSet  // functions.yaml
	leadTitleHeads      wordSet  // team_framing.yaml
	leadTitleCues       wordSet  // team_framing.yaml
	changeVerbs         wordSet  // functions.yaml
	workplaces          wordSet  // functions.yaml
	workplacePairs      wordSet  // functions.yaml
	staffNouns          wordSet  // functions.yaml
	domainExperts       wordSet  // functions.yaml
	expertCues          wordSet  // functions.yaml
	titledHeads         wordSet  // functions.yaml
	ownFunctions        wordSet  // functions.yaml
	partnerOrgs         wordSet  // functions.yaml
	partnerPeople       wordSet  // functions.yaml
	systemProviders     wordSet  // functions.yaml
	takeOver            wordSet  // functions.yaml
	ownRoles            wordSet  // functions.yaml
	teamSizeUnits       wordSet  // functions.yaml
	softwareClients     wordSet  // functions.yaml
	notGroups           wordSet  // functions.yaml
	teamSizeWords       wordSet  // functions.yaml
	teamSuffixes        []string // functions.yaml
	coordination        wordSet  // grammar.yaml
	determiners         wordSet  // grammar.yaml
	joiners             wordSet  // grammar.yaml
	capitalOnly         wordSet  // technical.yaml
	plannedBackups      wordSet  // technical.yaml
	businessModels      wordSet  // technical.yaml
	nonTechPipeline     wordSet  // technical.yaml
	businessServices    wordSet  // technical.yaml
	domainTerms         wordSet  // technical.yaml
	domainHeads         wordSet  // technical.yaml
	technicalDelivery   wordSet  // pm.yaml
	softwareHeads       wordSet  // pm.yaml
	goodsDelivery       wordSet  // pm.yaml
	scoredRiskBefore    wordSet  // pm.yaml
	scoredRiskAfter     wordSet  // pm.yaml
	softwareDeps        wordSet  // pm.yaml
	coordinateGeometry  wordSet  // pm.yaml
	machineBacklogs     wordSet  // pm.yaml
	technicalScope      wordSet  // pm.yaml
	computedEstimates   wordSet  // pm.yaml
	machinePlans        wordSet  // pm.yaml
	nonProjectSchedule  wordSet  // pm.yaml
	peoplePlans         wordSet  // pm.yaml
	technicalBudget     wordSet  // pm.yaml
	peopleProgrammes    wordSet  // pm.yaml
	riskBodies          wordSet  // pm.yaml
	nonProjectPlans     wordSet  // pm.yaml
	nonProjectNeeds     wordSet  // pm.yaml
	audienceOfTalk      wordSet  // communication.yaml
	presentingVerbs     wordSet  // communication.yaml
	machineParts        wordSet  // communication.yaml
	dataDocs            wordSet  // communication.yaml
	personalThings      wordSet  // communication.yaml
	configTools         wordSet  // communication.yaml
	machineTalk         wordSet  // communication.yaml
	techChannel         wordSet  // communication.yaml
	dateDash            wordSet  // communication.yaml
	commNouns           wordSet  // communication.yaml
	machineNouns        wordSet  // communication.yaml
	machineVerbs        wordSet  // communication.yaml
	machineObjects      wordSet  // communication.yaml
	writtenThings       wordSet  // communication.yaml
	readingVerbs        wordSet  // communication.yaml
	parties             wordSet  // communication.yaml
	qtySuffix           wordSet  // quantity_words.yaml
	ordinal             wordSet  // quantity_words.yaml
	labelWords          wordSet  // quantity_words.yaml
	hyphenNames         wordSet  // quantity_words.yaml
	durationBefore      wordSet  // quantity_words.yaml
	savedWords          wordSet  // quantity_words.yaml
	settingComparatives wordSet  // quantity_words.yaml
	timeUnits           wordSet  // quantity_words.yaml
	numberWords         wordSet  // quantity_words.yaml
	quantityNames       wordSet  // quantity_words.yaml
	groupNouns          wordSet  // team_framing.yaml
	builderGroups       wordSet  // team_framing.yaml
	softwareNouns       wordSet  // technical.yaml
	notTechNames        wordSet  // technical.yaml
	toolPreps           wordSet  // technical.yaml
	orgCues             wordSet  // technical.yaml
	partyActivities     wordSet  // functions.yaml
	ownTeamsVerbs       wordSet  // functions.yaml
	teamWorkCues        wordSet  // functions.yaml
	memberPreps         wordSet  // functions.yaml
	memberVerbs         wordSet  // functions.yaml
	clientOrgs          wordSet  // functions.yaml
	mixedTeams          wordSet  // functions.yaml
	serveVerbs          wordSet  // functions.yaml
	servedParticiples   wordSet  // functions.yaml
	ownRoleMarkers      wordSet  // functions.yaml
	promotedTo          wordSet  // functions.yaml
	orgEmployment       wordSet  // functions.yaml
	// t holds every set above and the phrases of every kind, indexed by the words
	// their first slot takes.
	t *vocabTable
}

// phraseLexicons are the lexicons whose phrases are found, by kind.
var phraseLexicons = [phKinds]string{phPeople: "people", phTeam: "team_framing", phTech: "technical", phComm: "communication"}

// vocabInputs collects the lists (by name) and each kind's phrase specs of the
// analyser's lexicons; a list name defined twice is an error.
func vocabInputs(lex map[string]*lexicon.Lexicon) (map[string][]string, [phKinds][]string, error) {
	n := 0
	for _, l := range lex {
		n += len(l.Lists)
	}
	lists := make(map[string][]string, n)
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
				return nil, [phKinds][]string{}, fmt.Errorf("%s: list %q is also defined in %s; keep one of them", l.File, ln, f)
			}
			lists[ln] = l.Lists[ln]
		}
	}
	var specs [phKinds][]string
	for kind, name := range phraseLexicons {
		specs[kind] = lex[name].Phrases
	}
	return lists, specs, nil
}

// newVocab reads the lists and phrases of the analyser's lexicons. A list name may be
// used by one lexicon only; every list the analyser reads must be present.
func newVocab(lex map[string]*lexicon.Lexicon) (*vocab, error) {
	lists, specs, err := vocabInputs(lex)
	if err != nil {
		return nil, err
	}
	// The built-in lexicons' table was built when the binary was (vocab_table_gen.go);
	// other lexicons, or built-in ones edited since, get theirs built now.
	t := builtinVocab
	if t == nil || t.sum != vocabSum(lists, specs) {
		var kind int
		if t, kind, err = buildVocabTable(lists, specs); err != nil {
			return nil, fmt.Errorf("%s: %v", lex[phraseLexicons[kind]].File, err)
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
	v := &vocab{t: t}
	for _, f := range []struct {
		name string
		dst  *wordSet
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
		w, ok := t.list(f.name)
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
	return v, nil
}
