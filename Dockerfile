# BokjiFlow application image: production Vaadin bundle, Java 17 runtime.
# Build:  docker build -t bokjiflow .      (needs network access to Maven Central and npm)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline -Pproduction || true
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -ntp -Pproduction -DskipTests -Dspring-javaformat.skip=true package \
 && cp target/bokjiflow-*.jar /bokjiflow.jar

FROM eclipse-temurin:17-jre
# No fonts package needed: the decision letters' Korean font ships in the jar (fonts/nanum).
RUN useradd --system --uid 10001 bokjiflow
USER bokjiflow
WORKDIR /app
COPY --from=build /bokjiflow.jar /app/bokjiflow.jar
EXPOSE 8080
# An external PostgreSQL is required in the image (SPRING_DATASOURCE_URL/USERNAME/PASSWORD),
# and so are the resident-number keys (BOKJIFLOW_RRN_KEY, BOKJIFLOW_RRN_HASH_KEY).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/bokjiflow.jar"]
