export function App() {
  return (
    <main>
      <h1>Tandem</h1>
      <p>Marketing and sales, one shared plan.</p>
      <a href="/graphiql">GraphQL explorer</a>
    </main>
  );
}
