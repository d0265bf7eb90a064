# Tarikh: the same build as the README (./mvnw package), then a small runtime image.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /app tarikh
WORKDIR /app
COPY --from=build /src/target/tarikh.jar /app/tarikh.jar
# The knowledge is baked in; mount a folder over /app/knowledge to serve another version.
COPY knowledge /app/knowledge
RUN mkdir -p /app/data && chown tarikh /app/data
ENV TARIKH_KNOWLEDGE=/app/knowledge \
    TARIKH_DATA=/app/data \
    TARIKH_HTTP_PORT=8080 \
    TELEGRAM_API_URL=https://api.telegram.org
EXPOSE 8080
VOLUME ["/app/knowledge", "/app/data"]
USER tarikh
ENTRYPOINT ["java", "-Xmx256m", "-jar", "/app/tarikh.jar"]
CMD ["run"]
