package lab.grader.services;

/** Start the services of the mode chosen; tests of the provisioner record what would have started instead. */
interface ServiceStarter {

    LabServices external(String postgresUrl, String redisUrl, String reason);

    LabServices docker(DockerImages images, String reason);

    LabServices embedded(String reason);

    /** The real servers: connect to external ones, start containers or embedded binaries. */
    ServiceStarter REAL = new ServiceStarter() {
        @Override
        public LabServices external(String postgresUrl, String redisUrl, String reason) {
            return ExternalServices.connect(postgresUrl, redisUrl, reason);
        }

        @Override
        public LabServices docker(DockerImages images, String reason) {
            return DockerServices.start(images, reason);
        }

        @Override
        public LabServices embedded(String reason) {
            return EmbeddedServices.start(reason);
        }
    };
}
