// `petrovich` ships no type declarations; this covers the chained API that russian-names.ts uses.
declare module 'petrovich' {
  type Inflect = (name: string) => string;
  type Cases = Readonly<
    Record<'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional', Inflect>
  >;
  type NameTypes = Readonly<Record<'first' | 'middle' | 'last', Cases>>;
  const petrovich: Readonly<Record<'male' | 'female' | 'androgynous', NameTypes>>;
  export default petrovich;
}
