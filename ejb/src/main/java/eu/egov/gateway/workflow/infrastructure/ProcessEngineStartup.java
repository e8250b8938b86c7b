package eu.egov.gateway.workflow.infrastructure;

import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * Builds the embedded Camunda engine on the application's datasource and WildFly's transaction
 * manager, so that a filing's rows and its process state commit or roll back together.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineStartup {

    private static final Logger LOG = Logger.getLogger(ProcessEngineStartup.class.getName());
    private static final long JOB_POLL_MAX_WAIT_MILLIS = 5_000;

    @Resource(lookup = "java:jboss/datasources/GatewayDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    private TransactionManager transactionManager;

    @Inject
    private IssueDecisionDelegate issueDecision;

    @Inject
    private CaseDeadlineDelegate caseDeadline;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("gateway");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // database ids would make every insert wait on one counter row
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        configuration.setJobExecutorActivate(true);
        // an idle job executor otherwise backs off to polling once a minute, and a legal deadline or a
        // tender's submission deadline would be acted on up to a minute late
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setMaxWait(JOB_POLL_MAX_WAIT_MILLIS);
        configuration.setJobExecutor(jobExecutor);
        configuration.setBeans(Map.of("issueDecision", issueDecision, "caseDeadline", caseDeadline));
        configuration.setClassLoader(ProcessEngineStartup.class.getClassLoader());
        engine = configuration.buildProcessEngine();

        engine.getRepositoryService().createDeployment()
                .name("gateway")
                .addClasspathResource("processes/filing.bpmn")
                .addClasspathResource("processes/tender.bpmn")
                .addClasspathResource("decisions/fees.dmn")
                .enableDuplicateFiltering(true)
                .deploy();
        LOG.info("Process engine started");
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    public ProcessEngine engine() {
        return engine;
    }
}
