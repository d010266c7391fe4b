/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    at\n    action\n    entityType\n    entityId\n    actor {\n      kind\n      name\n      user {\n        id\n      }\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.AuditEventFieldsFragmentDoc,
    "\n  fragment ForecastCause on Initiative {\n    id\n    key\n    title\n    forecast {\n      slipDays\n    }\n  }\n": typeof types.ForecastCauseFragmentDoc,
    "\n  fragment AlignedInitiative on Initiative {\n    id\n    key\n    title\n    status\n    health\n    startDate\n    endDate\n    effortWeeks\n    leadTeam {\n      id\n      key\n      name\n    }\n  }\n": typeof types.AlignedInitiativeFragmentDoc,
    "\n  query AlignmentOverview($from: Date!, $to: Date!, $since: DateTime, $until: DateTime) {\n    alignment(from: $from, to: $to) {\n      alignedShare\n      effortWeighted\n      goals {\n        depth\n        effortWeeks\n        goal {\n          id\n          title\n          owner\n          targetDate\n          progress\n          forecast {\n            atRisk\n            slipDays\n            causes {\n              ...ForecastCause\n            }\n          }\n          metrics {\n            ...MetricSummary\n            measurements(from: $since, to: $until) {\n              id\n              value\n              recordedAt\n            }\n          }\n        }\n        initiatives {\n          ...AlignedInitiative\n        }\n      }\n      unaligned {\n        ...AlignedInitiative\n      }\n      effortMatrix {\n        effortWeeks\n        initiativeCount\n        team {\n          id\n          key\n          name\n        }\n        goal {\n          id\n          title\n        }\n      }\n      teams {\n        initiativeCount\n        alignedCount\n        effortWeeks\n        alignedEffortWeeks\n        alignedShare\n        team {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n": typeof types.AlignmentOverviewDocument,
    "\n  query AlignmentVerdicts($from: Date!, $to: Date!) {\n    outcomes(from: $from, to: $to) {\n      verdict\n      initiative {\n        id\n      }\n    }\n  }\n": typeof types.AlignmentVerdictsDocument,
    "\n  query FiscalCalendar($day: Date!) {\n    roadmap(from: $day, to: $day) {\n      periods {\n        label\n        start\n        end\n      }\n    }\n  }\n": typeof types.FiscalCalendarDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    role\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    owner {\n      id\n      name\n    }\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query TokenOwners {\n    users {\n      id\n      name\n      active\n    }\n  }\n": typeof types.TokenOwnersDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      items {\n        ...AuditEventFields\n      }\n      nextCursor\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditPeople {\n    users {\n      id\n      name\n    }\n  }\n": typeof types.AuditPeopleDocument,
    "\n  query CapacityCell($from: Date!, $to: Date!, $teamId: ID!) {\n    capacity(from: $from, to: $to, teamIds: [$teamId]) {\n      teams {\n        team {\n          id\n        }\n        cells {\n          period\n          contributions {\n            weeks\n            proposed\n            initiative {\n              id\n              key\n              title\n              status\n              startDate\n              endDate\n              effortWeeks\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CapacityCellDocument,
    "\n  mutation SetTeamCapacity($teamId: ID!, $period: String!, $weeks: Float) {\n    setTeamCapacity(teamId: $teamId, period: $period, weeks: $weeks) {\n      id\n    }\n  }\n": typeof types.SetTeamCapacityDocument,
    "\n  mutation CopyCapacityForward($period: String!, $overwrite: Boolean) {\n    copyCapacityForward(period: $period, overwrite: $overwrite) {\n      id\n    }\n  }\n": typeof types.CopyCapacityForwardDocument,
    "\n  query CapacityPlan($from: Date!, $to: Date!) {\n    capacity(from: $from, to: $to) {\n      periods {\n        label\n        start\n        end\n      }\n      teams {\n        team {\n          id\n          key\n          name\n        }\n        cells {\n          period\n          capacityWeeks\n          loadWeeks\n          proposedWeeks\n          overBy\n        }\n      }\n    }\n  }\n": typeof types.CapacityPlanDocument,
    "\n  query MovedInitiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      key\n      status\n      startDate\n      endDate\n      effortWeeks\n      leadTeam {\n        id\n      }\n      allocations {\n        share\n        team {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MovedInitiativeDocument,
    "\n  mutation CreateCheckIn($input: CreateCheckInInput!) {\n    createCheckIn(input: $input) {\n      id\n      initiative {\n        id\n        health\n        version\n      }\n    }\n  }\n": typeof types.CreateCheckInDocument,
    "\n  query InitiativeCheckIns($id: ID!) {\n    initiative(id: $id) {\n      id\n      status\n      stale\n      endDate\n      forecast {\n        startDate\n        endDate\n        slipDays\n        causes {\n          ...ForecastCause\n        }\n      }\n      inheritedRisks {\n        id\n        title\n        severity\n        status\n        initiative {\n          id\n          key\n          title\n        }\n      }\n      checkIns {\n        id\n        health\n        body\n        expectedEndDate\n        createdAt\n        author {\n          name\n        }\n      }\n    }\n  }\n": typeof types.InitiativeCheckInsDocument,
    "\n  query StaleInitiatives {\n    staleInitiatives {\n      id\n      key\n      title\n      owner\n      health\n      startDate\n      endDate\n      latestCheckInAt\n      leadTeam {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StaleInitiativesDocument,
    "\n  query DecisionDetail($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n    }\n    decisions {\n      id\n      number\n      title\n    }\n    goals {\n      id\n      title\n    }\n  }\n": typeof types.DecisionDetailDocument,
    "\n  fragment DecisionSummary on Decision {\n    id\n    number\n    title\n    status\n    decidedOn\n    deciders\n  }\n": typeof types.DecisionSummaryFragmentDoc,
    "\n  fragment DecisionFields on Decision {\n    ...DecisionSummary\n    context\n    decision\n    consequences\n    version\n    supersededBy {\n      id\n      number\n      title\n    }\n    supersedes {\n      id\n      number\n      title\n    }\n    initiatives {\n      id\n      key\n      title\n    }\n    goals {\n      id\n      title\n    }\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": typeof types.CreateDecisionDocument,
    "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": typeof types.UpdateDecisionDocument,
    "\n  mutation SupersedeDecision($id: ID!, $byId: ID!) {\n    supersedeDecision(id: $id, byId: $byId) {\n      ...DecisionFields\n    }\n  }\n": typeof types.SupersedeDecisionDocument,
    "\n  query Decisions($status: DecisionStatus, $search: String) {\n    decisions(status: $status, search: $search) {\n      ...DecisionSummary\n    }\n  }\n": typeof types.DecisionsDocument,
    "\n  query InitiativeDecisions($id: ID!) {\n    initiative(id: $id) {\n      id\n      decisions {\n        ...DecisionSummary\n      }\n    }\n  }\n": typeof types.InitiativeDecisionsDocument,
    "\n  query GoalDecisions($id: ID!) {\n    goal(id: $id) {\n      id\n      decisions {\n        ...DecisionSummary\n      }\n    }\n  }\n": typeof types.GoalDecisionsDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      ...MetricSummary\n      goal {\n        id\n      }\n    }\n  }\n": typeof types.CreateMetricDocument,
    "\n  query GoalDetail($id: ID!) {\n    goal(id: $id) {\n      id\n      title\n      description\n      owner\n      startDate\n      targetDate\n      progress\n      version\n      parent {\n        id\n        title\n      }\n      children {\n        id\n        title\n        progress\n        targetDate\n      }\n      metrics {\n        ...MetricSummary\n        measurements {\n          id\n          value\n          recordedAt\n        }\n        initiatives {\n          id\n          key\n          title\n          startDate\n          endDate\n          outcomes {\n            verdict\n            metric {\n              id\n            }\n          }\n        }\n      }\n      initiatives {\n        id\n        key\n        title\n        status\n        health\n        startDate\n        endDate\n        leadTeam {\n          id\n          key\n          name\n        }\n      }\n    }\n    risks(filter: { goalId: $id }) {\n      ...RiskFields\n    }\n  }\n": typeof types.GoalDetailDocument,
    "\n  query GoalForecast($id: ID!) {\n    goal(id: $id) {\n      id\n      title\n      targetDate\n      forecast {\n        atRisk\n        slipDays\n        causes {\n          ...ForecastCause\n        }\n      }\n    }\n  }\n": typeof types.GoalForecastDocument,
    "\n  query GoalOptions {\n    goals {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.GoalOptionsDocument,
    "\n  fragment MetricSummary on Metric {\n    id\n    name\n    unit\n    direction\n    baseline\n    target\n    targetDate\n    current\n    progress\n  }\n": typeof types.MetricSummaryFragmentDoc,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      value\n      recordedAt\n    }\n  }\n": typeof types.RecordMeasurementDocument,
    "\n  mutation RecordMeasurements($metricId: ID!, $points: [MeasurementPointInput!]!) {\n    recordMeasurements(metricId: $metricId, points: $points)\n  }\n": typeof types.RecordMeasurementsDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      description\n      owner\n      startDate\n      targetDate\n      version\n      parent {\n        id\n        title\n      }\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation AddDependency($initiativeId: ID!, $dependsOnId: ID!) {\n    addDependency(initiativeId: $initiativeId, dependsOnId: $dependsOnId) {\n      id\n    }\n  }\n": typeof types.AddDependencyDocument,
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n": typeof types.CreateInitiativeDocument,
    "\n  mutation DeleteInitiative($id: ID!) {\n    deleteInitiative(id: $id)\n  }\n": typeof types.DeleteInitiativeDocument,
    "\n  fragment DependencyItem on Initiative {\n    id\n    key\n    title\n    status\n    health\n    startDate\n    endDate\n    externalKey\n    leadTeam {\n      id\n      key\n      name\n    }\n  }\n": typeof types.DependencyItemFragmentDoc,
    "\n  query InitiativeDetail($id: ID!) {\n    initiative(id: $id) {\n      ...InitiativeFields\n      dependsOn {\n        ...DependencyItem\n      }\n      dependents {\n        ...DependencyItem\n      }\n      risks {\n        ...RiskFields\n      }\n      allocations {\n        share\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InitiativeDetailDocument,
    "\n  fragment InitiativeFields on Initiative {\n    id\n    key\n    title\n    description\n    status\n    health\n    startDate\n    endDate\n    owner\n    effortWeeks\n    version\n    externalKey\n    externalUrl\n    progress\n    leadTeam {\n      id\n      key\n      name\n    }\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n    metrics {\n      id\n      name\n      unit\n    }\n  }\n": typeof types.InitiativeFieldsFragmentDoc,
    "\n  query InitiativeHistory($id: ID!) {\n    initiative(id: $id) {\n      id\n      endDateDriftDays\n      history {\n        ...AuditEventFields\n      }\n    }\n  }\n": typeof types.InitiativeHistoryDocument,
    "\n  query InitiativeOptions {\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n    metrics {\n      id\n      name\n      unit\n      goal {\n        id\n        title\n      }\n    }\n  }\n": typeof types.InitiativeOptionsDocument,
    "\n  query InitiativeSearch($search: String, $take: Int) {\n    initiatives(filter: { search: $search }, take: $take) {\n      items {\n        id\n        key\n        title\n      }\n      totalCount\n    }\n  }\n": typeof types.InitiativeSearchDocument,
    "\n  mutation RemoveDependency($initiativeId: ID!, $dependsOnId: ID!) {\n    removeDependency(initiativeId: $initiativeId, dependsOnId: $dependsOnId) {\n      id\n    }\n  }\n": typeof types.RemoveDependencyDocument,
    "\n  mutation SetAllocations($initiativeId: ID!, $version: Int!, $allocations: [AllocationInput!]!) {\n    setAllocations(initiativeId: $initiativeId, version: $version, allocations: $allocations) {\n      id\n      version\n      allocations {\n        share\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SetAllocationsDocument,
    "\n  mutation UpdateInitiativeDetails($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n": typeof types.UpdateInitiativeDetailsDocument,
    "\n  mutation CreateJiraConnection($input: CreateJiraConnectionInput!) {\n    createJiraConnection(input: $input) {\n      ...JiraConnectionFields\n    }\n  }\n": typeof types.CreateJiraConnectionDocument,
    "\n  mutation DeleteJiraConnection($id: ID!) {\n    deleteJiraConnection(id: $id)\n  }\n": typeof types.DeleteJiraConnectionDocument,
    "\n  fragment JiraConnectionFields on JiraConnection {\n    id\n    name\n    baseUrl\n    email\n    jql\n    syncEveryMinutes\n    lastSyncedAt\n    hasApiToken\n    fieldOverrides {\n      targetStart\n      targetEnd\n      team\n    }\n    runs(take: 20) {\n      ...SyncRunFields\n    }\n  }\n": typeof types.JiraConnectionFieldsFragmentDoc,
    "\n  query JiraConnections {\n    jiraConnections {\n      ...JiraConnectionFields\n    }\n  }\n": typeof types.JiraConnectionsDocument,
    "\n  mutation SyncJiraConnection($id: ID!, $full: Boolean!) {\n    syncJiraConnection(id: $id, full: $full) {\n      ...SyncRunFields\n    }\n  }\n": typeof types.SyncJiraConnectionDocument,
    "\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    full\n    source\n    createdAt\n    startedAt\n    finishedAt\n    expectedIssues\n    issuesSeen\n    created\n    updated\n    unchanged\n    removed\n    error\n    warnings\n  }\n": typeof types.SyncRunFieldsFragmentDoc,
    "\n  query SyncRun($id: ID!) {\n    syncRun(id: $id) {\n      ...SyncRunFields\n    }\n  }\n": typeof types.SyncRunDocument,
    "\n  mutation UpdateJiraConnection($input: UpdateJiraConnectionInput!) {\n    updateJiraConnection(input: $input) {\n      ...JiraConnectionFields\n    }\n  }\n": typeof types.UpdateJiraConnectionDocument,
    "\n  query MetricBinding($id: ID!) {\n    metric(id: $id) {\n      id\n      name\n      unit\n      goal {\n        id\n        title\n      }\n      binding {\n        query\n        pullEveryMinutes\n        lastPulledAt\n        source {\n          id\n          name\n          kind\n        }\n        runs(take: 20) {\n          id\n          status\n          createdAt\n          startedAt\n          finishedAt\n          points\n          error\n        }\n      }\n    }\n    metricSources {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.MetricBindingDocument,
    "\n  query PreviewMetricBinding($sourceId: ID!, $query: String!) {\n    previewMetricBinding(sourceId: $sourceId, query: $query) {\n      at\n      value\n    }\n  }\n": typeof types.PreviewMetricBindingDocument,
    "\n  mutation BindMetric($input: BindMetricInput!) {\n    bindMetric(input: $input) {\n      id\n    }\n  }\n": typeof types.BindMetricDocument,
    "\n  mutation UnbindMetric($metricId: ID!) {\n    unbindMetric(metricId: $metricId) {\n      id\n    }\n  }\n": typeof types.UnbindMetricDocument,
    "\n  mutation PullMetric($metricId: ID!) {\n    pullMetric(metricId: $metricId) {\n      id\n      status\n    }\n  }\n": typeof types.PullMetricDocument,
    "\n  fragment MetricSourceFields on MetricSource {\n    id\n    name\n    kind\n    baseUrl\n    accountId\n    credentialsGiven\n  }\n": typeof types.MetricSourceFieldsFragmentDoc,
    "\n  query MetricSources {\n    metricSources {\n      ...MetricSourceFields\n    }\n  }\n": typeof types.MetricSourcesDocument,
    "\n  mutation CreateMetricSource($input: CreateMetricSourceInput!) {\n    createMetricSource(input: $input) {\n      ...MetricSourceFields\n    }\n  }\n": typeof types.CreateMetricSourceDocument,
    "\n  mutation UpdateMetricSource($input: UpdateMetricSourceInput!) {\n    updateMetricSource(input: $input) {\n      ...MetricSourceFields\n    }\n  }\n": typeof types.UpdateMetricSourceDocument,
    "\n  mutation DeleteMetricSource($id: ID!) {\n    deleteMetricSource(id: $id)\n  }\n": typeof types.DeleteMetricSourceDocument,
    "\n  query FinishedWork($from: Date!, $to: Date!) {\n    outcomes(from: $from, to: $to) {\n      verdict\n      effect\n      effectLow\n      effectHigh\n      shareOfGap\n      explanation\n      postTo\n      metric {\n        id\n        name\n        unit\n      }\n      initiative {\n        id\n        key\n        title\n        endDate\n        leadTeam {\n          id\n          name\n        }\n        teams {\n          id\n          name\n        }\n        goals {\n          id\n          title\n        }\n      }\n      overlapping {\n        id\n        key\n      }\n    }\n  }\n": typeof types.FinishedWorkDocument,
    "\n  query InitiativeOutcomes($id: ID!) {\n    initiative(id: $id) {\n      id\n      version\n      status\n      startDate\n      endDate\n      outcomes {\n        ...OutcomeCard\n      }\n    }\n  }\n": typeof types.InitiativeOutcomesDocument,
    "\n  fragment OutcomeCard on Outcome {\n    verdict\n    trendFrom\n    preFrom\n    preTo\n    postFrom\n    postTo\n    prePoints\n    postPoints\n    preDays\n    settleDays\n    postDays\n    customWindows\n    effect\n    effectLow\n    effectHigh\n    shareOfGap\n    explanation\n    observed {\n      date\n      value\n    }\n    counterfactual {\n      date\n      value\n    }\n    metric {\n      id\n      name\n      unit\n      direction\n      baseline\n      target\n    }\n    overlapping {\n      id\n      key\n      title\n    }\n  }\n": typeof types.OutcomeCardFragmentDoc,
    "\n  mutation SetOutcomeWindows($input: SetOutcomeWindowsInput!) {\n    setOutcomeWindows(input: $input) {\n      ...OutcomeCard\n      initiative {\n        id\n        version\n      }\n    }\n  }\n": typeof types.SetOutcomeWindowsDocument,
    "\n  mutation CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n": typeof types.CreateRiskDocument,
    "\n  fragment RiskFields on Risk {\n    id\n    title\n    description\n    likelihood\n    impact\n    severity\n    status\n    owner\n    mitigation\n    version\n    initiative {\n      id\n      key\n      title\n      teams {\n        id\n      }\n      goals {\n        id\n      }\n    }\n    goal {\n      id\n      title\n    }\n  }\n": typeof types.RiskFieldsFragmentDoc,
    "\n  query RiskRegister {\n    risks {\n      ...RiskFields\n    }\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n  }\n": typeof types.RiskRegisterDocument,
    "\n  mutation UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n": typeof types.UpdateRiskDocument,
    "\n  query BaselineSlips($id: ID!, $first: Int!, $filter: InitiativeFilter) {\n    baseline(id: $id) {\n      id\n      name\n      biggestSlips(first: $first, filter: $filter) {\n        id\n        key\n        title\n        endDate\n        baseline(id: $id) {\n          endDate\n          slipDays\n        }\n      }\n    }\n  }\n": typeof types.BaselineSlipsDocument,
    "\n  query Baselines {\n    baselines {\n      id\n      name\n      createdAt\n      initiativeCount\n    }\n  }\n": typeof types.BaselinesDocument,
    "\n  mutation CreateBaseline($name: String!) {\n    createBaseline(name: $name) {\n      id\n      name\n      createdAt\n      initiativeCount\n    }\n  }\n": typeof types.CreateBaselineDocument,
    "\n  mutation DeleteBaseline($id: ID!) {\n    deleteBaseline(id: $id)\n  }\n": typeof types.DeleteBaselineDocument,
    "\n  mutation RescheduleInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      ...RoadmapBar\n    }\n  }\n": typeof types.RescheduleInitiativeDocument,
    "\n  fragment RoadmapBarFields on Initiative {\n    id\n    key\n    title\n    status\n    health\n    startDate\n    endDate\n    progress\n    version\n    externalKey\n    leadTeamId\n  }\n": typeof types.RoadmapBarFieldsFragmentDoc,
    "\n  fragment RoadmapBar on Initiative {\n    ...RoadmapBarFields\n    leadTeam {\n      id\n      key\n      name\n    }\n  }\n": typeof types.RoadmapBarFragmentDoc,
    "\n  query RoadmapForecasts($from: Date!, $to: Date!) {\n    forecastSlips(from: $from, to: $to) {\n      id\n      forecast {\n        startDate\n        endDate\n        slipDays\n      }\n    }\n  }\n": typeof types.RoadmapForecastsDocument,
    "\n  query RoadmapStale {\n    staleInitiatives {\n      id\n    }\n  }\n": typeof types.RoadmapStaleDocument,
    "\n  query RoadmapOptions {\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n    initiatives(take: 1) {\n      totalCount\n    }\n  }\n": typeof types.RoadmapOptionsDocument,
    "\n  query RoadmapVerdicts($from: Date!, $to: Date!, $filter: InitiativeFilter, $withMetrics: Boolean!) {\n    outcomes(from: $from, to: $to, filter: $filter) {\n      verdict\n      initiative {\n        id\n      }\n      metric @include(if: $withMetrics) {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RoadmapVerdictsDocument,
    "\n  query Roadmap(\n    $from: Date!\n    $to: Date!\n    $groupBy: RoadmapGroupBy\n    $filter: InitiativeFilter\n    $baselineId: ID! = \"\"\n    $withBaseline: Boolean! = false\n  ) {\n    roadmap(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {\n      from\n      to\n      periods {\n        label\n        start\n        end\n      }\n      lanes {\n        key\n        title\n        barIndexes\n      }\n      bars {\n        ...RoadmapBarFields\n        baseline(id: $baselineId) @include(if: $withBaseline) {\n          startDate\n          endDate\n        }\n      }\n      leadTeams {\n        id\n        key\n        name\n      }\n      dependencyIndexes\n    }\n  }\n": typeof types.RoadmapDocument,
    "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      ...ShareLinkFields\n    }\n  }\n": typeof types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id)\n  }\n": typeof types.RevokeShareLinkDocument,
    "\n  fragment ShareLinkFields on ShareLink {\n    id\n    view\n    params\n    url\n    createdAt\n    expiresAt\n    revokedAt\n    createdBy {\n      id\n      name\n    }\n  }\n": typeof types.ShareLinkFieldsFragmentDoc,
    "\n  query ShareLinks {\n    shareLinks {\n      ...ShareLinkFields\n    }\n  }\n": typeof types.ShareLinksDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      key\n      name\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  query TeamList {\n    teams {\n      id\n      key\n      name\n      initiatives {\n        id\n        status\n        leadTeam {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TeamListDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserFields\n      }\n      setPasswordUrl\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    active\n    createdAt\n    lastSeenAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    at\n    action\n    entityType\n    entityId\n    actor {\n      kind\n      name\n      user {\n        id\n      }\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.AuditEventFieldsFragmentDoc,
    "\n  fragment ForecastCause on Initiative {\n    id\n    key\n    title\n    forecast {\n      slipDays\n    }\n  }\n": types.ForecastCauseFragmentDoc,
    "\n  fragment AlignedInitiative on Initiative {\n    id\n    key\n    title\n    status\n    health\n    startDate\n    endDate\n    effortWeeks\n    leadTeam {\n      id\n      key\n      name\n    }\n  }\n": types.AlignedInitiativeFragmentDoc,
    "\n  query AlignmentOverview($from: Date!, $to: Date!, $since: DateTime, $until: DateTime) {\n    alignment(from: $from, to: $to) {\n      alignedShare\n      effortWeighted\n      goals {\n        depth\n        effortWeeks\n        goal {\n          id\n          title\n          owner\n          targetDate\n          progress\n          forecast {\n            atRisk\n            slipDays\n            causes {\n              ...ForecastCause\n            }\n          }\n          metrics {\n            ...MetricSummary\n            measurements(from: $since, to: $until) {\n              id\n              value\n              recordedAt\n            }\n          }\n        }\n        initiatives {\n          ...AlignedInitiative\n        }\n      }\n      unaligned {\n        ...AlignedInitiative\n      }\n      effortMatrix {\n        effortWeeks\n        initiativeCount\n        team {\n          id\n          key\n          name\n        }\n        goal {\n          id\n          title\n        }\n      }\n      teams {\n        initiativeCount\n        alignedCount\n        effortWeeks\n        alignedEffortWeeks\n        alignedShare\n        team {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n": types.AlignmentOverviewDocument,
    "\n  query AlignmentVerdicts($from: Date!, $to: Date!) {\n    outcomes(from: $from, to: $to) {\n      verdict\n      initiative {\n        id\n      }\n    }\n  }\n": types.AlignmentVerdictsDocument,
    "\n  query FiscalCalendar($day: Date!) {\n    roadmap(from: $day, to: $day) {\n      periods {\n        label\n        start\n        end\n      }\n    }\n  }\n": types.FiscalCalendarDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    role\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    owner {\n      id\n      name\n    }\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  query TokenOwners {\n    users {\n      id\n      name\n      active\n    }\n  }\n": types.TokenOwnersDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      items {\n        ...AuditEventFields\n      }\n      nextCursor\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditPeople {\n    users {\n      id\n      name\n    }\n  }\n": types.AuditPeopleDocument,
    "\n  query CapacityCell($from: Date!, $to: Date!, $teamId: ID!) {\n    capacity(from: $from, to: $to, teamIds: [$teamId]) {\n      teams {\n        team {\n          id\n        }\n        cells {\n          period\n          contributions {\n            weeks\n            proposed\n            initiative {\n              id\n              key\n              title\n              status\n              startDate\n              endDate\n              effortWeeks\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CapacityCellDocument,
    "\n  mutation SetTeamCapacity($teamId: ID!, $period: String!, $weeks: Float) {\n    setTeamCapacity(teamId: $teamId, period: $period, weeks: $weeks) {\n      id\n    }\n  }\n": types.SetTeamCapacityDocument,
    "\n  mutation CopyCapacityForward($period: String!, $overwrite: Boolean) {\n    copyCapacityForward(period: $period, overwrite: $overwrite) {\n      id\n    }\n  }\n": types.CopyCapacityForwardDocument,
    "\n  query CapacityPlan($from: Date!, $to: Date!) {\n    capacity(from: $from, to: $to) {\n      periods {\n        label\n        start\n        end\n      }\n      teams {\n        team {\n          id\n          key\n          name\n        }\n        cells {\n          period\n          capacityWeeks\n          loadWeeks\n          proposedWeeks\n          overBy\n        }\n      }\n    }\n  }\n": types.CapacityPlanDocument,
    "\n  query MovedInitiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      key\n      status\n      startDate\n      endDate\n      effortWeeks\n      leadTeam {\n        id\n      }\n      allocations {\n        share\n        team {\n          id\n        }\n      }\n    }\n  }\n": types.MovedInitiativeDocument,
    "\n  mutation CreateCheckIn($input: CreateCheckInInput!) {\n    createCheckIn(input: $input) {\n      id\n      initiative {\n        id\n        health\n        version\n      }\n    }\n  }\n": types.CreateCheckInDocument,
    "\n  query InitiativeCheckIns($id: ID!) {\n    initiative(id: $id) {\n      id\n      status\n      stale\n      endDate\n      forecast {\n        startDate\n        endDate\n        slipDays\n        causes {\n          ...ForecastCause\n        }\n      }\n      inheritedRisks {\n        id\n        title\n        severity\n        status\n        initiative {\n          id\n          key\n          title\n        }\n      }\n      checkIns {\n        id\n        health\n        body\n        expectedEndDate\n        createdAt\n        author {\n          name\n        }\n      }\n    }\n  }\n": types.InitiativeCheckInsDocument,
    "\n  query StaleInitiatives {\n    staleInitiatives {\n      id\n      key\n      title\n      owner\n      health\n      startDate\n      endDate\n      latestCheckInAt\n      leadTeam {\n        id\n        name\n      }\n    }\n  }\n": types.StaleInitiativesDocument,
    "\n  query DecisionDetail($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n    }\n    decisions {\n      id\n      number\n      title\n    }\n    goals {\n      id\n      title\n    }\n  }\n": types.DecisionDetailDocument,
    "\n  fragment DecisionSummary on Decision {\n    id\n    number\n    title\n    status\n    decidedOn\n    deciders\n  }\n": types.DecisionSummaryFragmentDoc,
    "\n  fragment DecisionFields on Decision {\n    ...DecisionSummary\n    context\n    decision\n    consequences\n    version\n    supersededBy {\n      id\n      number\n      title\n    }\n    supersedes {\n      id\n      number\n      title\n    }\n    initiatives {\n      id\n      key\n      title\n    }\n    goals {\n      id\n      title\n    }\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": types.CreateDecisionDocument,
    "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": types.UpdateDecisionDocument,
    "\n  mutation SupersedeDecision($id: ID!, $byId: ID!) {\n    supersedeDecision(id: $id, byId: $byId) {\n      ...DecisionFields\n    }\n  }\n": types.SupersedeDecisionDocument,
    "\n  query Decisions($status: DecisionStatus, $search: String) {\n    decisions(status: $status, search: $search) {\n      ...DecisionSummary\n    }\n  }\n": types.DecisionsDocument,
    "\n  query InitiativeDecisions($id: ID!) {\n    initiative(id: $id) {\n      id\n      decisions {\n        ...DecisionSummary\n      }\n    }\n  }\n": types.InitiativeDecisionsDocument,
    "\n  query GoalDecisions($id: ID!) {\n    goal(id: $id) {\n      id\n      decisions {\n        ...DecisionSummary\n      }\n    }\n  }\n": types.GoalDecisionsDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n": types.CreateGoalDocument,
    "\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      ...MetricSummary\n      goal {\n        id\n      }\n    }\n  }\n": types.CreateMetricDocument,
    "\n  query GoalDetail($id: ID!) {\n    goal(id: $id) {\n      id\n      title\n      description\n      owner\n      startDate\n      targetDate\n      progress\n      version\n      parent {\n        id\n        title\n      }\n      children {\n        id\n        title\n        progress\n        targetDate\n      }\n      metrics {\n        ...MetricSummary\n        measurements {\n          id\n          value\n          recordedAt\n        }\n        initiatives {\n          id\n          key\n          title\n          startDate\n          endDate\n          outcomes {\n            verdict\n            metric {\n              id\n            }\n          }\n        }\n      }\n      initiatives {\n        id\n        key\n        title\n        status\n        health\n        startDate\n        endDate\n        leadTeam {\n          id\n          key\n          name\n        }\n      }\n    }\n    risks(filter: { goalId: $id }) {\n      ...RiskFields\n    }\n  }\n": types.GoalDetailDocument,
    "\n  query GoalForecast($id: ID!) {\n    goal(id: $id) {\n      id\n      title\n      targetDate\n      forecast {\n        atRisk\n        slipDays\n        causes {\n          ...ForecastCause\n        }\n      }\n    }\n  }\n": types.GoalForecastDocument,
    "\n  query GoalOptions {\n    goals {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n": types.GoalOptionsDocument,
    "\n  fragment MetricSummary on Metric {\n    id\n    name\n    unit\n    direction\n    baseline\n    target\n    targetDate\n    current\n    progress\n  }\n": types.MetricSummaryFragmentDoc,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      value\n      recordedAt\n    }\n  }\n": types.RecordMeasurementDocument,
    "\n  mutation RecordMeasurements($metricId: ID!, $points: [MeasurementPointInput!]!) {\n    recordMeasurements(metricId: $metricId, points: $points)\n  }\n": types.RecordMeasurementsDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      description\n      owner\n      startDate\n      targetDate\n      version\n      parent {\n        id\n        title\n      }\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation AddDependency($initiativeId: ID!, $dependsOnId: ID!) {\n    addDependency(initiativeId: $initiativeId, dependsOnId: $dependsOnId) {\n      id\n    }\n  }\n": types.AddDependencyDocument,
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n": types.CreateInitiativeDocument,
    "\n  mutation DeleteInitiative($id: ID!) {\n    deleteInitiative(id: $id)\n  }\n": types.DeleteInitiativeDocument,
    "\n  fragment DependencyItem on Initiative {\n    id\n    key\n    title\n    status\n    health\n    startDate\n    endDate\n    externalKey\n    leadTeam {\n      id\n      key\n      name\n    }\n  }\n": types.DependencyItemFragmentDoc,
    "\n  query InitiativeDetail($id: ID!) {\n    initiative(id: $id) {\n      ...InitiativeFields\n      dependsOn {\n        ...DependencyItem\n      }\n      dependents {\n        ...DependencyItem\n      }\n      risks {\n        ...RiskFields\n      }\n      allocations {\n        share\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InitiativeDetailDocument,
    "\n  fragment InitiativeFields on Initiative {\n    id\n    key\n    title\n    description\n    status\n    health\n    startDate\n    endDate\n    owner\n    effortWeeks\n    version\n    externalKey\n    externalUrl\n    progress\n    leadTeam {\n      id\n      key\n      name\n    }\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n    metrics {\n      id\n      name\n      unit\n    }\n  }\n": types.InitiativeFieldsFragmentDoc,
    "\n  query InitiativeHistory($id: ID!) {\n    initiative(id: $id) {\n      id\n      endDateDriftDays\n      history {\n        ...AuditEventFields\n      }\n    }\n  }\n": types.InitiativeHistoryDocument,
    "\n  query InitiativeOptions {\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n    metrics {\n      id\n      name\n      unit\n      goal {\n        id\n        title\n      }\n    }\n  }\n": types.InitiativeOptionsDocument,
    "\n  query InitiativeSearch($search: String, $take: Int) {\n    initiatives(filter: { search: $search }, take: $take) {\n      items {\n        id\n        key\n        title\n      }\n      totalCount\n    }\n  }\n": types.InitiativeSearchDocument,
    "\n  mutation RemoveDependency($initiativeId: ID!, $dependsOnId: ID!) {\n    removeDependency(initiativeId: $initiativeId, dependsOnId: $dependsOnId) {\n      id\n    }\n  }\n": types.RemoveDependencyDocument,
    "\n  mutation SetAllocations($initiativeId: ID!, $version: Int!, $allocations: [AllocationInput!]!) {\n    setAllocations(initiativeId: $initiativeId, version: $version, allocations: $allocations) {\n      id\n      version\n      allocations {\n        share\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SetAllocationsDocument,
    "\n  mutation UpdateInitiativeDetails($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n": types.UpdateInitiativeDetailsDocument,
    "\n  mutation CreateJiraConnection($input: CreateJiraConnectionInput!) {\n    createJiraConnection(input: $input) {\n      ...JiraConnectionFields\n    }\n  }\n": types.CreateJiraConnectionDocument,
    "\n  mutation DeleteJiraConnection($id: ID!) {\n    deleteJiraConnection(id: $id)\n  }\n": types.DeleteJiraConnectionDocument,
    "\n  fragment JiraConnectionFields on JiraConnection {\n    id\n    name\n    baseUrl\n    email\n    jql\n    syncEveryMinutes\n    lastSyncedAt\n    hasApiToken\n    fieldOverrides {\n      targetStart\n      targetEnd\n      team\n    }\n    runs(take: 20) {\n      ...SyncRunFields\n    }\n  }\n": types.JiraConnectionFieldsFragmentDoc,
    "\n  query JiraConnections {\n    jiraConnections {\n      ...JiraConnectionFields\n    }\n  }\n": types.JiraConnectionsDocument,
    "\n  mutation SyncJiraConnection($id: ID!, $full: Boolean!) {\n    syncJiraConnection(id: $id, full: $full) {\n      ...SyncRunFields\n    }\n  }\n": types.SyncJiraConnectionDocument,
    "\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    full\n    source\n    createdAt\n    startedAt\n    finishedAt\n    expectedIssues\n    issuesSeen\n    created\n    updated\n    unchanged\n    removed\n    error\n    warnings\n  }\n": types.SyncRunFieldsFragmentDoc,
    "\n  query SyncRun($id: ID!) {\n    syncRun(id: $id) {\n      ...SyncRunFields\n    }\n  }\n": types.SyncRunDocument,
    "\n  mutation UpdateJiraConnection($input: UpdateJiraConnectionInput!) {\n    updateJiraConnection(input: $input) {\n      ...JiraConnectionFields\n    }\n  }\n": types.UpdateJiraConnectionDocument,
    "\n  query MetricBinding($id: ID!) {\n    metric(id: $id) {\n      id\n      name\n      unit\n      goal {\n        id\n        title\n      }\n      binding {\n        query\n        pullEveryMinutes\n        lastPulledAt\n        source {\n          id\n          name\n          kind\n        }\n        runs(take: 20) {\n          id\n          status\n          createdAt\n          startedAt\n          finishedAt\n          points\n          error\n        }\n      }\n    }\n    metricSources {\n      id\n      name\n      kind\n    }\n  }\n": types.MetricBindingDocument,
    "\n  query PreviewMetricBinding($sourceId: ID!, $query: String!) {\n    previewMetricBinding(sourceId: $sourceId, query: $query) {\n      at\n      value\n    }\n  }\n": types.PreviewMetricBindingDocument,
    "\n  mutation BindMetric($input: BindMetricInput!) {\n    bindMetric(input: $input) {\n      id\n    }\n  }\n": types.BindMetricDocument,
    "\n  mutation UnbindMetric($metricId: ID!) {\n    unbindMetric(metricId: $metricId) {\n      id\n    }\n  }\n": types.UnbindMetricDocument,
    "\n  mutation PullMetric($metricId: ID!) {\n    pullMetric(metricId: $metricId) {\n      id\n      status\n    }\n  }\n": types.PullMetricDocument,
    "\n  fragment MetricSourceFields on MetricSource {\n    id\n    name\n    kind\n    baseUrl\n    accountId\n    credentialsGiven\n  }\n": types.MetricSourceFieldsFragmentDoc,
    "\n  query MetricSources {\n    metricSources {\n      ...MetricSourceFields\n    }\n  }\n": types.MetricSourcesDocument,
    "\n  mutation CreateMetricSource($input: CreateMetricSourceInput!) {\n    createMetricSource(input: $input) {\n      ...MetricSourceFields\n    }\n  }\n": types.CreateMetricSourceDocument,
    "\n  mutation UpdateMetricSource($input: UpdateMetricSourceInput!) {\n    updateMetricSource(input: $input) {\n      ...MetricSourceFields\n    }\n  }\n": types.UpdateMetricSourceDocument,
    "\n  mutation DeleteMetricSource($id: ID!) {\n    deleteMetricSource(id: $id)\n  }\n": types.DeleteMetricSourceDocument,
    "\n  query FinishedWork($from: Date!, $to: Date!) {\n    outcomes(from: $from, to: $to) {\n      verdict\n      effect\n      effectLow\n      effectHigh\n      shareOfGap\n      explanation\n      postTo\n      metric {\n        id\n        name\n        unit\n      }\n      initiative {\n        id\n        key\n        title\n        endDate\n        leadTeam {\n          id\n          name\n        }\n        teams {\n          id\n          name\n        }\n        goals {\n          id\n          title\n        }\n      }\n      overlapping {\n        id\n        key\n      }\n    }\n  }\n": types.FinishedWorkDocument,
    "\n  query InitiativeOutcomes($id: ID!) {\n    initiative(id: $id) {\n      id\n      version\n      status\n      startDate\n      endDate\n      outcomes {\n        ...OutcomeCard\n      }\n    }\n  }\n": types.InitiativeOutcomesDocument,
    "\n  fragment OutcomeCard on Outcome {\n    verdict\n    trendFrom\n    preFrom\n    preTo\n    postFrom\n    postTo\n    prePoints\n    postPoints\n    preDays\n    settleDays\n    postDays\n    customWindows\n    effect\n    effectLow\n    effectHigh\n    shareOfGap\n    explanation\n    observed {\n      date\n      value\n    }\n    counterfactual {\n      date\n      value\n    }\n    metric {\n      id\n      name\n      unit\n      direction\n      baseline\n      target\n    }\n    overlapping {\n      id\n      key\n      title\n    }\n  }\n": types.OutcomeCardFragmentDoc,
    "\n  mutation SetOutcomeWindows($input: SetOutcomeWindowsInput!) {\n    setOutcomeWindows(input: $input) {\n      ...OutcomeCard\n      initiative {\n        id\n        version\n      }\n    }\n  }\n": types.SetOutcomeWindowsDocument,
    "\n  mutation CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n": types.CreateRiskDocument,
    "\n  fragment RiskFields on Risk {\n    id\n    title\n    description\n    likelihood\n    impact\n    severity\n    status\n    owner\n    mitigation\n    version\n    initiative {\n      id\n      key\n      title\n      teams {\n        id\n      }\n      goals {\n        id\n      }\n    }\n    goal {\n      id\n      title\n    }\n  }\n": types.RiskFieldsFragmentDoc,
    "\n  query RiskRegister {\n    risks {\n      ...RiskFields\n    }\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n  }\n": types.RiskRegisterDocument,
    "\n  mutation UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n": types.UpdateRiskDocument,
    "\n  query BaselineSlips($id: ID!, $first: Int!, $filter: InitiativeFilter) {\n    baseline(id: $id) {\n      id\n      name\n      biggestSlips(first: $first, filter: $filter) {\n        id\n        key\n        title\n        endDate\n        baseline(id: $id) {\n          endDate\n          slipDays\n        }\n      }\n    }\n  }\n": types.BaselineSlipsDocument,
    "\n  query Baselines {\n    baselines {\n      id\n      name\n      createdAt\n      initiativeCount\n    }\n  }\n": types.BaselinesDocument,
    "\n  mutation CreateBaseline($name: String!) {\n    createBaseline(name: $name) {\n      id\n      name\n      createdAt\n      initiativeCount\n    }\n  }\n": types.CreateBaselineDocument,
    "\n  mutation DeleteBaseline($id: ID!) {\n    deleteBaseline(id: $id)\n  }\n": types.DeleteBaselineDocument,
    "\n  mutation RescheduleInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      ...RoadmapBar\n    }\n  }\n": types.RescheduleInitiativeDocument,
    "\n  fragment RoadmapBarFields on Initiative {\n    id\n    key\n    title\n    status\n    health\n    startDate\n    endDate\n    progress\n    version\n    externalKey\n    leadTeamId\n  }\n": types.RoadmapBarFieldsFragmentDoc,
    "\n  fragment RoadmapBar on Initiative {\n    ...RoadmapBarFields\n    leadTeam {\n      id\n      key\n      name\n    }\n  }\n": types.RoadmapBarFragmentDoc,
    "\n  query RoadmapForecasts($from: Date!, $to: Date!) {\n    forecastSlips(from: $from, to: $to) {\n      id\n      forecast {\n        startDate\n        endDate\n        slipDays\n      }\n    }\n  }\n": types.RoadmapForecastsDocument,
    "\n  query RoadmapStale {\n    staleInitiatives {\n      id\n    }\n  }\n": types.RoadmapStaleDocument,
    "\n  query RoadmapOptions {\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n    initiatives(take: 1) {\n      totalCount\n    }\n  }\n": types.RoadmapOptionsDocument,
    "\n  query RoadmapVerdicts($from: Date!, $to: Date!, $filter: InitiativeFilter, $withMetrics: Boolean!) {\n    outcomes(from: $from, to: $to, filter: $filter) {\n      verdict\n      initiative {\n        id\n      }\n      metric @include(if: $withMetrics) {\n        id\n        name\n      }\n    }\n  }\n": types.RoadmapVerdictsDocument,
    "\n  query Roadmap(\n    $from: Date!\n    $to: Date!\n    $groupBy: RoadmapGroupBy\n    $filter: InitiativeFilter\n    $baselineId: ID! = \"\"\n    $withBaseline: Boolean! = false\n  ) {\n    roadmap(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {\n      from\n      to\n      periods {\n        label\n        start\n        end\n      }\n      lanes {\n        key\n        title\n        barIndexes\n      }\n      bars {\n        ...RoadmapBarFields\n        baseline(id: $baselineId) @include(if: $withBaseline) {\n          startDate\n          endDate\n        }\n      }\n      leadTeams {\n        id\n        key\n        name\n      }\n      dependencyIndexes\n    }\n  }\n": types.RoadmapDocument,
    "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      ...ShareLinkFields\n    }\n  }\n": types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id)\n  }\n": types.RevokeShareLinkDocument,
    "\n  fragment ShareLinkFields on ShareLink {\n    id\n    view\n    params\n    url\n    createdAt\n    expiresAt\n    revokedAt\n    createdBy {\n      id\n      name\n    }\n  }\n": types.ShareLinkFieldsFragmentDoc,
    "\n  query ShareLinks {\n    shareLinks {\n      ...ShareLinkFields\n    }\n  }\n": types.ShareLinksDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      key\n      name\n    }\n  }\n": types.CreateTeamDocument,
    "\n  query TeamList {\n    teams {\n      id\n      key\n      name\n      initiatives {\n        id\n        status\n        leadTeam {\n          id\n        }\n      }\n    }\n  }\n": types.TeamListDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserFields\n      }\n      setPasswordUrl\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    active\n    createdAt\n    lastSeenAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n": types.UsersDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventFields on AuditEvent {\n    id\n    at\n    action\n    entityType\n    entityId\n    actor {\n      kind\n      name\n      user {\n        id\n      }\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEventFields on AuditEvent {\n    id\n    at\n    action\n    entityType\n    entityId\n    actor {\n      kind\n      name\n      user {\n        id\n      }\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForecastCause on Initiative {\n    id\n    key\n    title\n    forecast {\n      slipDays\n    }\n  }\n"): (typeof documents)["\n  fragment ForecastCause on Initiative {\n    id\n    key\n    title\n    forecast {\n      slipDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlignedInitiative on Initiative {\n    id\n    key\n    title\n    status\n    health\n    startDate\n    endDate\n    effortWeeks\n    leadTeam {\n      id\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AlignedInitiative on Initiative {\n    id\n    key\n    title\n    status\n    health\n    startDate\n    endDate\n    effortWeeks\n    leadTeam {\n      id\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlignmentOverview($from: Date!, $to: Date!, $since: DateTime, $until: DateTime) {\n    alignment(from: $from, to: $to) {\n      alignedShare\n      effortWeighted\n      goals {\n        depth\n        effortWeeks\n        goal {\n          id\n          title\n          owner\n          targetDate\n          progress\n          forecast {\n            atRisk\n            slipDays\n            causes {\n              ...ForecastCause\n            }\n          }\n          metrics {\n            ...MetricSummary\n            measurements(from: $since, to: $until) {\n              id\n              value\n              recordedAt\n            }\n          }\n        }\n        initiatives {\n          ...AlignedInitiative\n        }\n      }\n      unaligned {\n        ...AlignedInitiative\n      }\n      effortMatrix {\n        effortWeeks\n        initiativeCount\n        team {\n          id\n          key\n          name\n        }\n        goal {\n          id\n          title\n        }\n      }\n      teams {\n        initiativeCount\n        alignedCount\n        effortWeeks\n        alignedEffortWeeks\n        alignedShare\n        team {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlignmentOverview($from: Date!, $to: Date!, $since: DateTime, $until: DateTime) {\n    alignment(from: $from, to: $to) {\n      alignedShare\n      effortWeighted\n      goals {\n        depth\n        effortWeeks\n        goal {\n          id\n          title\n          owner\n          targetDate\n          progress\n          forecast {\n            atRisk\n            slipDays\n            causes {\n              ...ForecastCause\n            }\n          }\n          metrics {\n            ...MetricSummary\n            measurements(from: $since, to: $until) {\n              id\n              value\n              recordedAt\n            }\n          }\n        }\n        initiatives {\n          ...AlignedInitiative\n        }\n      }\n      unaligned {\n        ...AlignedInitiative\n      }\n      effortMatrix {\n        effortWeeks\n        initiativeCount\n        team {\n          id\n          key\n          name\n        }\n        goal {\n          id\n          title\n        }\n      }\n      teams {\n        initiativeCount\n        alignedCount\n        effortWeeks\n        alignedEffortWeeks\n        alignedShare\n        team {\n          id\n          key\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlignmentVerdicts($from: Date!, $to: Date!) {\n    outcomes(from: $from, to: $to) {\n      verdict\n      initiative {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlignmentVerdicts($from: Date!, $to: Date!) {\n    outcomes(from: $from, to: $to) {\n      verdict\n      initiative {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiscalCalendar($day: Date!) {\n    roadmap(from: $day, to: $day) {\n      periods {\n        label\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  query FiscalCalendar($day: Date!) {\n    roadmap(from: $day, to: $day) {\n      periods {\n        label\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    role\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    owner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    role\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    owner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenOwners {\n    users {\n      id\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  query TokenOwners {\n    users {\n      id\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      items {\n        ...AuditEventFields\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      items {\n        ...AuditEventFields\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPeople {\n    users {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditPeople {\n    users {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityCell($from: Date!, $to: Date!, $teamId: ID!) {\n    capacity(from: $from, to: $to, teamIds: [$teamId]) {\n      teams {\n        team {\n          id\n        }\n        cells {\n          period\n          contributions {\n            weeks\n            proposed\n            initiative {\n              id\n              key\n              title\n              status\n              startDate\n              endDate\n              effortWeeks\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CapacityCell($from: Date!, $to: Date!, $teamId: ID!) {\n    capacity(from: $from, to: $to, teamIds: [$teamId]) {\n      teams {\n        team {\n          id\n        }\n        cells {\n          period\n          contributions {\n            weeks\n            proposed\n            initiative {\n              id\n              key\n              title\n              status\n              startDate\n              endDate\n              effortWeeks\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamCapacity($teamId: ID!, $period: String!, $weeks: Float) {\n    setTeamCapacity(teamId: $teamId, period: $period, weeks: $weeks) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetTeamCapacity($teamId: ID!, $period: String!, $weeks: Float) {\n    setTeamCapacity(teamId: $teamId, period: $period, weeks: $weeks) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyCapacityForward($period: String!, $overwrite: Boolean) {\n    copyCapacityForward(period: $period, overwrite: $overwrite) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CopyCapacityForward($period: String!, $overwrite: Boolean) {\n    copyCapacityForward(period: $period, overwrite: $overwrite) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityPlan($from: Date!, $to: Date!) {\n    capacity(from: $from, to: $to) {\n      periods {\n        label\n        start\n        end\n      }\n      teams {\n        team {\n          id\n          key\n          name\n        }\n        cells {\n          period\n          capacityWeeks\n          loadWeeks\n          proposedWeeks\n          overBy\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CapacityPlan($from: Date!, $to: Date!) {\n    capacity(from: $from, to: $to) {\n      periods {\n        label\n        start\n        end\n      }\n      teams {\n        team {\n          id\n          key\n          name\n        }\n        cells {\n          period\n          capacityWeeks\n          loadWeeks\n          proposedWeeks\n          overBy\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovedInitiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      key\n      status\n      startDate\n      endDate\n      effortWeeks\n      leadTeam {\n        id\n      }\n      allocations {\n        share\n        team {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MovedInitiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      key\n      status\n      startDate\n      endDate\n      effortWeeks\n      leadTeam {\n        id\n      }\n      allocations {\n        share\n        team {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCheckIn($input: CreateCheckInInput!) {\n    createCheckIn(input: $input) {\n      id\n      initiative {\n        id\n        health\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCheckIn($input: CreateCheckInInput!) {\n    createCheckIn(input: $input) {\n      id\n      initiative {\n        id\n        health\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeCheckIns($id: ID!) {\n    initiative(id: $id) {\n      id\n      status\n      stale\n      endDate\n      forecast {\n        startDate\n        endDate\n        slipDays\n        causes {\n          ...ForecastCause\n        }\n      }\n      inheritedRisks {\n        id\n        title\n        severity\n        status\n        initiative {\n          id\n          key\n          title\n        }\n      }\n      checkIns {\n        id\n        health\n        body\n        expectedEndDate\n        createdAt\n        author {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeCheckIns($id: ID!) {\n    initiative(id: $id) {\n      id\n      status\n      stale\n      endDate\n      forecast {\n        startDate\n        endDate\n        slipDays\n        causes {\n          ...ForecastCause\n        }\n      }\n      inheritedRisks {\n        id\n        title\n        severity\n        status\n        initiative {\n          id\n          key\n          title\n        }\n      }\n      checkIns {\n        id\n        health\n        body\n        expectedEndDate\n        createdAt\n        author {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaleInitiatives {\n    staleInitiatives {\n      id\n      key\n      title\n      owner\n      health\n      startDate\n      endDate\n      latestCheckInAt\n      leadTeam {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaleInitiatives {\n    staleInitiatives {\n      id\n      key\n      title\n      owner\n      health\n      startDate\n      endDate\n      latestCheckInAt\n      leadTeam {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionDetail($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n    }\n    decisions {\n      id\n      number\n      title\n    }\n    goals {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query DecisionDetail($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n    }\n    decisions {\n      id\n      number\n      title\n    }\n    goals {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionSummary on Decision {\n    id\n    number\n    title\n    status\n    decidedOn\n    deciders\n  }\n"): (typeof documents)["\n  fragment DecisionSummary on Decision {\n    id\n    number\n    title\n    status\n    decidedOn\n    deciders\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFields on Decision {\n    ...DecisionSummary\n    context\n    decision\n    consequences\n    version\n    supersededBy {\n      id\n      number\n      title\n    }\n    supersedes {\n      id\n      number\n      title\n    }\n    initiatives {\n      id\n      key\n      title\n    }\n    goals {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment DecisionFields on Decision {\n    ...DecisionSummary\n    context\n    decision\n    consequences\n    version\n    supersededBy {\n      id\n      number\n      title\n    }\n    supersedes {\n      id\n      number\n      title\n    }\n    initiatives {\n      id\n      key\n      title\n    }\n    goals {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDecision($input: CreateDecisionInput!) {\n    createDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDecision($input: UpdateDecisionInput!) {\n    updateDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupersedeDecision($id: ID!, $byId: ID!) {\n    supersedeDecision(id: $id, byId: $byId) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SupersedeDecision($id: ID!, $byId: ID!) {\n    supersedeDecision(id: $id, byId: $byId) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Decisions($status: DecisionStatus, $search: String) {\n    decisions(status: $status, search: $search) {\n      ...DecisionSummary\n    }\n  }\n"): (typeof documents)["\n  query Decisions($status: DecisionStatus, $search: String) {\n    decisions(status: $status, search: $search) {\n      ...DecisionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeDecisions($id: ID!) {\n    initiative(id: $id) {\n      id\n      decisions {\n        ...DecisionSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeDecisions($id: ID!) {\n    initiative(id: $id) {\n      id\n      decisions {\n        ...DecisionSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalDecisions($id: ID!) {\n    goal(id: $id) {\n      id\n      decisions {\n        ...DecisionSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalDecisions($id: ID!) {\n    goal(id: $id) {\n      id\n      decisions {\n        ...DecisionSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      ...MetricSummary\n      goal {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      ...MetricSummary\n      goal {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalDetail($id: ID!) {\n    goal(id: $id) {\n      id\n      title\n      description\n      owner\n      startDate\n      targetDate\n      progress\n      version\n      parent {\n        id\n        title\n      }\n      children {\n        id\n        title\n        progress\n        targetDate\n      }\n      metrics {\n        ...MetricSummary\n        measurements {\n          id\n          value\n          recordedAt\n        }\n        initiatives {\n          id\n          key\n          title\n          startDate\n          endDate\n          outcomes {\n            verdict\n            metric {\n              id\n            }\n          }\n        }\n      }\n      initiatives {\n        id\n        key\n        title\n        status\n        health\n        startDate\n        endDate\n        leadTeam {\n          id\n          key\n          name\n        }\n      }\n    }\n    risks(filter: { goalId: $id }) {\n      ...RiskFields\n    }\n  }\n"): (typeof documents)["\n  query GoalDetail($id: ID!) {\n    goal(id: $id) {\n      id\n      title\n      description\n      owner\n      startDate\n      targetDate\n      progress\n      version\n      parent {\n        id\n        title\n      }\n      children {\n        id\n        title\n        progress\n        targetDate\n      }\n      metrics {\n        ...MetricSummary\n        measurements {\n          id\n          value\n          recordedAt\n        }\n        initiatives {\n          id\n          key\n          title\n          startDate\n          endDate\n          outcomes {\n            verdict\n            metric {\n              id\n            }\n          }\n        }\n      }\n      initiatives {\n        id\n        key\n        title\n        status\n        health\n        startDate\n        endDate\n        leadTeam {\n          id\n          key\n          name\n        }\n      }\n    }\n    risks(filter: { goalId: $id }) {\n      ...RiskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalForecast($id: ID!) {\n    goal(id: $id) {\n      id\n      title\n      targetDate\n      forecast {\n        atRisk\n        slipDays\n        causes {\n          ...ForecastCause\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalForecast($id: ID!) {\n    goal(id: $id) {\n      id\n      title\n      targetDate\n      forecast {\n        atRisk\n        slipDays\n        causes {\n          ...ForecastCause\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalOptions {\n    goals {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalOptions {\n    goals {\n      id\n      title\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricSummary on Metric {\n    id\n    name\n    unit\n    direction\n    baseline\n    target\n    targetDate\n    current\n    progress\n  }\n"): (typeof documents)["\n  fragment MetricSummary on Metric {\n    id\n    name\n    unit\n    direction\n    baseline\n    target\n    targetDate\n    current\n    progress\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      value\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      id\n      value\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasurements($metricId: ID!, $points: [MeasurementPointInput!]!) {\n    recordMeasurements(metricId: $metricId, points: $points)\n  }\n"): (typeof documents)["\n  mutation RecordMeasurements($metricId: ID!, $points: [MeasurementPointInput!]!) {\n    recordMeasurements(metricId: $metricId, points: $points)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      description\n      owner\n      startDate\n      targetDate\n      version\n      parent {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      description\n      owner\n      startDate\n      targetDate\n      version\n      parent {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDependency($initiativeId: ID!, $dependsOnId: ID!) {\n    addDependency(initiativeId: $initiativeId, dependsOnId: $dependsOnId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddDependency($initiativeId: ID!, $dependsOnId: ID!) {\n    addDependency(initiativeId: $initiativeId, dependsOnId: $dependsOnId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInitiative($id: ID!) {\n    deleteInitiative(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteInitiative($id: ID!) {\n    deleteInitiative(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DependencyItem on Initiative {\n    id\n    key\n    title\n    status\n    health\n    startDate\n    endDate\n    externalKey\n    leadTeam {\n      id\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DependencyItem on Initiative {\n    id\n    key\n    title\n    status\n    health\n    startDate\n    endDate\n    externalKey\n    leadTeam {\n      id\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeDetail($id: ID!) {\n    initiative(id: $id) {\n      ...InitiativeFields\n      dependsOn {\n        ...DependencyItem\n      }\n      dependents {\n        ...DependencyItem\n      }\n      risks {\n        ...RiskFields\n      }\n      allocations {\n        share\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeDetail($id: ID!) {\n    initiative(id: $id) {\n      ...InitiativeFields\n      dependsOn {\n        ...DependencyItem\n      }\n      dependents {\n        ...DependencyItem\n      }\n      risks {\n        ...RiskFields\n      }\n      allocations {\n        share\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeFields on Initiative {\n    id\n    key\n    title\n    description\n    status\n    health\n    startDate\n    endDate\n    owner\n    effortWeeks\n    version\n    externalKey\n    externalUrl\n    progress\n    leadTeam {\n      id\n      key\n      name\n    }\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n    metrics {\n      id\n      name\n      unit\n    }\n  }\n"): (typeof documents)["\n  fragment InitiativeFields on Initiative {\n    id\n    key\n    title\n    description\n    status\n    health\n    startDate\n    endDate\n    owner\n    effortWeeks\n    version\n    externalKey\n    externalUrl\n    progress\n    leadTeam {\n      id\n      key\n      name\n    }\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n    metrics {\n      id\n      name\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeHistory($id: ID!) {\n    initiative(id: $id) {\n      id\n      endDateDriftDays\n      history {\n        ...AuditEventFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeHistory($id: ID!) {\n    initiative(id: $id) {\n      id\n      endDateDriftDays\n      history {\n        ...AuditEventFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeOptions {\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n    metrics {\n      id\n      name\n      unit\n      goal {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeOptions {\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n    metrics {\n      id\n      name\n      unit\n      goal {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeSearch($search: String, $take: Int) {\n    initiatives(filter: { search: $search }, take: $take) {\n      items {\n        id\n        key\n        title\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InitiativeSearch($search: String, $take: Int) {\n    initiatives(filter: { search: $search }, take: $take) {\n      items {\n        id\n        key\n        title\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDependency($initiativeId: ID!, $dependsOnId: ID!) {\n    removeDependency(initiativeId: $initiativeId, dependsOnId: $dependsOnId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveDependency($initiativeId: ID!, $dependsOnId: ID!) {\n    removeDependency(initiativeId: $initiativeId, dependsOnId: $dependsOnId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAllocations($initiativeId: ID!, $version: Int!, $allocations: [AllocationInput!]!) {\n    setAllocations(initiativeId: $initiativeId, version: $version, allocations: $allocations) {\n      id\n      version\n      allocations {\n        share\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAllocations($initiativeId: ID!, $version: Int!, $allocations: [AllocationInput!]!) {\n    setAllocations(initiativeId: $initiativeId, version: $version, allocations: $allocations) {\n      id\n      version\n      allocations {\n        share\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInitiativeDetails($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInitiativeDetails($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJiraConnection($input: CreateJiraConnectionInput!) {\n    createJiraConnection(input: $input) {\n      ...JiraConnectionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJiraConnection($input: CreateJiraConnectionInput!) {\n    createJiraConnection(input: $input) {\n      ...JiraConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteJiraConnection($id: ID!) {\n    deleteJiraConnection(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteJiraConnection($id: ID!) {\n    deleteJiraConnection(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JiraConnectionFields on JiraConnection {\n    id\n    name\n    baseUrl\n    email\n    jql\n    syncEveryMinutes\n    lastSyncedAt\n    hasApiToken\n    fieldOverrides {\n      targetStart\n      targetEnd\n      team\n    }\n    runs(take: 20) {\n      ...SyncRunFields\n    }\n  }\n"): (typeof documents)["\n  fragment JiraConnectionFields on JiraConnection {\n    id\n    name\n    baseUrl\n    email\n    jql\n    syncEveryMinutes\n    lastSyncedAt\n    hasApiToken\n    fieldOverrides {\n      targetStart\n      targetEnd\n      team\n    }\n    runs(take: 20) {\n      ...SyncRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JiraConnections {\n    jiraConnections {\n      ...JiraConnectionFields\n    }\n  }\n"): (typeof documents)["\n  query JiraConnections {\n    jiraConnections {\n      ...JiraConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncJiraConnection($id: ID!, $full: Boolean!) {\n    syncJiraConnection(id: $id, full: $full) {\n      ...SyncRunFields\n    }\n  }\n"): (typeof documents)["\n  mutation SyncJiraConnection($id: ID!, $full: Boolean!) {\n    syncJiraConnection(id: $id, full: $full) {\n      ...SyncRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    full\n    source\n    createdAt\n    startedAt\n    finishedAt\n    expectedIssues\n    issuesSeen\n    created\n    updated\n    unchanged\n    removed\n    error\n    warnings\n  }\n"): (typeof documents)["\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    full\n    source\n    createdAt\n    startedAt\n    finishedAt\n    expectedIssues\n    issuesSeen\n    created\n    updated\n    unchanged\n    removed\n    error\n    warnings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyncRun($id: ID!) {\n    syncRun(id: $id) {\n      ...SyncRunFields\n    }\n  }\n"): (typeof documents)["\n  query SyncRun($id: ID!) {\n    syncRun(id: $id) {\n      ...SyncRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJiraConnection($input: UpdateJiraConnectionInput!) {\n    updateJiraConnection(input: $input) {\n      ...JiraConnectionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJiraConnection($input: UpdateJiraConnectionInput!) {\n    updateJiraConnection(input: $input) {\n      ...JiraConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricBinding($id: ID!) {\n    metric(id: $id) {\n      id\n      name\n      unit\n      goal {\n        id\n        title\n      }\n      binding {\n        query\n        pullEveryMinutes\n        lastPulledAt\n        source {\n          id\n          name\n          kind\n        }\n        runs(take: 20) {\n          id\n          status\n          createdAt\n          startedAt\n          finishedAt\n          points\n          error\n        }\n      }\n    }\n    metricSources {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query MetricBinding($id: ID!) {\n    metric(id: $id) {\n      id\n      name\n      unit\n      goal {\n        id\n        title\n      }\n      binding {\n        query\n        pullEveryMinutes\n        lastPulledAt\n        source {\n          id\n          name\n          kind\n        }\n        runs(take: 20) {\n          id\n          status\n          createdAt\n          startedAt\n          finishedAt\n          points\n          error\n        }\n      }\n    }\n    metricSources {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMetricBinding($sourceId: ID!, $query: String!) {\n    previewMetricBinding(sourceId: $sourceId, query: $query) {\n      at\n      value\n    }\n  }\n"): (typeof documents)["\n  query PreviewMetricBinding($sourceId: ID!, $query: String!) {\n    previewMetricBinding(sourceId: $sourceId, query: $query) {\n      at\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BindMetric($input: BindMetricInput!) {\n    bindMetric(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BindMetric($input: BindMetricInput!) {\n    bindMetric(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnbindMetric($metricId: ID!) {\n    unbindMetric(metricId: $metricId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnbindMetric($metricId: ID!) {\n    unbindMetric(metricId: $metricId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PullMetric($metricId: ID!) {\n    pullMetric(metricId: $metricId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PullMetric($metricId: ID!) {\n    pullMetric(metricId: $metricId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricSourceFields on MetricSource {\n    id\n    name\n    kind\n    baseUrl\n    accountId\n    credentialsGiven\n  }\n"): (typeof documents)["\n  fragment MetricSourceFields on MetricSource {\n    id\n    name\n    kind\n    baseUrl\n    accountId\n    credentialsGiven\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricSources {\n    metricSources {\n      ...MetricSourceFields\n    }\n  }\n"): (typeof documents)["\n  query MetricSources {\n    metricSources {\n      ...MetricSourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMetricSource($input: CreateMetricSourceInput!) {\n    createMetricSource(input: $input) {\n      ...MetricSourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMetricSource($input: CreateMetricSourceInput!) {\n    createMetricSource(input: $input) {\n      ...MetricSourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMetricSource($input: UpdateMetricSourceInput!) {\n    updateMetricSource(input: $input) {\n      ...MetricSourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMetricSource($input: UpdateMetricSourceInput!) {\n    updateMetricSource(input: $input) {\n      ...MetricSourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMetricSource($id: ID!) {\n    deleteMetricSource(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMetricSource($id: ID!) {\n    deleteMetricSource(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinishedWork($from: Date!, $to: Date!) {\n    outcomes(from: $from, to: $to) {\n      verdict\n      effect\n      effectLow\n      effectHigh\n      shareOfGap\n      explanation\n      postTo\n      metric {\n        id\n        name\n        unit\n      }\n      initiative {\n        id\n        key\n        title\n        endDate\n        leadTeam {\n          id\n          name\n        }\n        teams {\n          id\n          name\n        }\n        goals {\n          id\n          title\n        }\n      }\n      overlapping {\n        id\n        key\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinishedWork($from: Date!, $to: Date!) {\n    outcomes(from: $from, to: $to) {\n      verdict\n      effect\n      effectLow\n      effectHigh\n      shareOfGap\n      explanation\n      postTo\n      metric {\n        id\n        name\n        unit\n      }\n      initiative {\n        id\n        key\n        title\n        endDate\n        leadTeam {\n          id\n          name\n        }\n        teams {\n          id\n          name\n        }\n        goals {\n          id\n          title\n        }\n      }\n      overlapping {\n        id\n        key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeOutcomes($id: ID!) {\n    initiative(id: $id) {\n      id\n      version\n      status\n      startDate\n      endDate\n      outcomes {\n        ...OutcomeCard\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeOutcomes($id: ID!) {\n    initiative(id: $id) {\n      id\n      version\n      status\n      startDate\n      endDate\n      outcomes {\n        ...OutcomeCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeCard on Outcome {\n    verdict\n    trendFrom\n    preFrom\n    preTo\n    postFrom\n    postTo\n    prePoints\n    postPoints\n    preDays\n    settleDays\n    postDays\n    customWindows\n    effect\n    effectLow\n    effectHigh\n    shareOfGap\n    explanation\n    observed {\n      date\n      value\n    }\n    counterfactual {\n      date\n      value\n    }\n    metric {\n      id\n      name\n      unit\n      direction\n      baseline\n      target\n    }\n    overlapping {\n      id\n      key\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment OutcomeCard on Outcome {\n    verdict\n    trendFrom\n    preFrom\n    preTo\n    postFrom\n    postTo\n    prePoints\n    postPoints\n    preDays\n    settleDays\n    postDays\n    customWindows\n    effect\n    effectLow\n    effectHigh\n    shareOfGap\n    explanation\n    observed {\n      date\n      value\n    }\n    counterfactual {\n      date\n      value\n    }\n    metric {\n      id\n      name\n      unit\n      direction\n      baseline\n      target\n    }\n    overlapping {\n      id\n      key\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOutcomeWindows($input: SetOutcomeWindowsInput!) {\n    setOutcomeWindows(input: $input) {\n      ...OutcomeCard\n      initiative {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetOutcomeWindows($input: SetOutcomeWindowsInput!) {\n    setOutcomeWindows(input: $input) {\n      ...OutcomeCard\n      initiative {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRisk($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RiskFields on Risk {\n    id\n    title\n    description\n    likelihood\n    impact\n    severity\n    status\n    owner\n    mitigation\n    version\n    initiative {\n      id\n      key\n      title\n      teams {\n        id\n      }\n      goals {\n        id\n      }\n    }\n    goal {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment RiskFields on Risk {\n    id\n    title\n    description\n    likelihood\n    impact\n    severity\n    status\n    owner\n    mitigation\n    version\n    initiative {\n      id\n      key\n      title\n      teams {\n        id\n      }\n      goals {\n        id\n      }\n    }\n    goal {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskRegister {\n    risks {\n      ...RiskFields\n    }\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query RiskRegister {\n    risks {\n      ...RiskFields\n    }\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRisk($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      ...RiskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BaselineSlips($id: ID!, $first: Int!, $filter: InitiativeFilter) {\n    baseline(id: $id) {\n      id\n      name\n      biggestSlips(first: $first, filter: $filter) {\n        id\n        key\n        title\n        endDate\n        baseline(id: $id) {\n          endDate\n          slipDays\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BaselineSlips($id: ID!, $first: Int!, $filter: InitiativeFilter) {\n    baseline(id: $id) {\n      id\n      name\n      biggestSlips(first: $first, filter: $filter) {\n        id\n        key\n        title\n        endDate\n        baseline(id: $id) {\n          endDate\n          slipDays\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Baselines {\n    baselines {\n      id\n      name\n      createdAt\n      initiativeCount\n    }\n  }\n"): (typeof documents)["\n  query Baselines {\n    baselines {\n      id\n      name\n      createdAt\n      initiativeCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBaseline($name: String!) {\n    createBaseline(name: $name) {\n      id\n      name\n      createdAt\n      initiativeCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBaseline($name: String!) {\n    createBaseline(name: $name) {\n      id\n      name\n      createdAt\n      initiativeCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBaseline($id: ID!) {\n    deleteBaseline(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBaseline($id: ID!) {\n    deleteBaseline(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      ...RoadmapBar\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleInitiative($input: UpdateInitiativeInput!) {\n    updateInitiative(input: $input) {\n      ...RoadmapBar\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoadmapBarFields on Initiative {\n    id\n    key\n    title\n    status\n    health\n    startDate\n    endDate\n    progress\n    version\n    externalKey\n    leadTeamId\n  }\n"): (typeof documents)["\n  fragment RoadmapBarFields on Initiative {\n    id\n    key\n    title\n    status\n    health\n    startDate\n    endDate\n    progress\n    version\n    externalKey\n    leadTeamId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoadmapBar on Initiative {\n    ...RoadmapBarFields\n    leadTeam {\n      id\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RoadmapBar on Initiative {\n    ...RoadmapBarFields\n    leadTeam {\n      id\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapForecasts($from: Date!, $to: Date!) {\n    forecastSlips(from: $from, to: $to) {\n      id\n      forecast {\n        startDate\n        endDate\n        slipDays\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoadmapForecasts($from: Date!, $to: Date!) {\n    forecastSlips(from: $from, to: $to) {\n      id\n      forecast {\n        startDate\n        endDate\n        slipDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapStale {\n    staleInitiatives {\n      id\n    }\n  }\n"): (typeof documents)["\n  query RoadmapStale {\n    staleInitiatives {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapOptions {\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n    initiatives(take: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RoadmapOptions {\n    teams {\n      id\n      key\n      name\n    }\n    goals {\n      id\n      title\n    }\n    initiatives(take: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapVerdicts($from: Date!, $to: Date!, $filter: InitiativeFilter, $withMetrics: Boolean!) {\n    outcomes(from: $from, to: $to, filter: $filter) {\n      verdict\n      initiative {\n        id\n      }\n      metric @include(if: $withMetrics) {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoadmapVerdicts($from: Date!, $to: Date!, $filter: InitiativeFilter, $withMetrics: Boolean!) {\n    outcomes(from: $from, to: $to, filter: $filter) {\n      verdict\n      initiative {\n        id\n      }\n      metric @include(if: $withMetrics) {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roadmap(\n    $from: Date!\n    $to: Date!\n    $groupBy: RoadmapGroupBy\n    $filter: InitiativeFilter\n    $baselineId: ID! = \"\"\n    $withBaseline: Boolean! = false\n  ) {\n    roadmap(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {\n      from\n      to\n      periods {\n        label\n        start\n        end\n      }\n      lanes {\n        key\n        title\n        barIndexes\n      }\n      bars {\n        ...RoadmapBarFields\n        baseline(id: $baselineId) @include(if: $withBaseline) {\n          startDate\n          endDate\n        }\n      }\n      leadTeams {\n        id\n        key\n        name\n      }\n      dependencyIndexes\n    }\n  }\n"): (typeof documents)["\n  query Roadmap(\n    $from: Date!\n    $to: Date!\n    $groupBy: RoadmapGroupBy\n    $filter: InitiativeFilter\n    $baselineId: ID! = \"\"\n    $withBaseline: Boolean! = false\n  ) {\n    roadmap(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {\n      from\n      to\n      periods {\n        label\n        start\n        end\n      }\n      lanes {\n        key\n        title\n        barIndexes\n      }\n      bars {\n        ...RoadmapBarFields\n        baseline(id: $baselineId) @include(if: $withBaseline) {\n          startDate\n          endDate\n        }\n      }\n      leadTeams {\n        id\n        key\n        name\n      }\n      dependencyIndexes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      ...ShareLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      ...ShareLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShareLinkFields on ShareLink {\n    id\n    view\n    params\n    url\n    createdAt\n    expiresAt\n    revokedAt\n    createdBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ShareLinkFields on ShareLink {\n    id\n    view\n    params\n    url\n    createdAt\n    expiresAt\n    revokedAt\n    createdBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareLinks {\n    shareLinks {\n      ...ShareLinkFields\n    }\n  }\n"): (typeof documents)["\n  query ShareLinks {\n    shareLinks {\n      ...ShareLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamList {\n    teams {\n      id\n      key\n      name\n      initiatives {\n        id\n        status\n        leadTeam {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamList {\n    teams {\n      id\n      key\n      name\n      initiatives {\n        id\n        status\n        leadTeam {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserFields\n      }\n      setPasswordUrl\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserFields\n      }\n      setPasswordUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    active\n    createdAt\n    lastSeenAt\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    active\n    createdAt\n    lastSeenAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;