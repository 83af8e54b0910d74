# The app image: the Boot jar built by `mvn package` (it already holds the web app).
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home tandem
USER tandem
WORKDIR /home/tandem
COPY backend/target/tandem-backend-*.jar /home/tandem/tandem.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/home/tandem/tandem.jar"]
