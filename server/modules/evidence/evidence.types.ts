// GraphQL shape of an evidence file; the bytes themselves go over /api/evidence.
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Attachment', { description: '佐证材料；下载地址为 /api/evidence/{id}' })
export class AttachmentType {
  @Field(() => ID) id!: string;
  @Field(() => String) indicatorCode!: string;
  @Field(() => String) filename!: string;
  @Field(() => String) mimeType!: string;
  @Field(() => Int) size!: number;
  @Field(() => String) sha256!: string;
  @Field(() => Date) createdAt!: Date;
}
