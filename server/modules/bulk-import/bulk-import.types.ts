// GraphQL shapes of a bulk import: rows in, per-row faults (row numbers from 1) out.
import { GraphQLJSON } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../auth/user.entity.js';

@InputType({ description: '导入的一个单位（表格中的一行）' })
export class OrgUnitImportRow {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: '层级代码，如 street、community、school' }) level!: string;
  @Field(() => String, { nullable: true, description: '上级单位的代码：已有的单位，或本表中排在前面的行' }) parentCode?: string;
  @Field(() => GraphQLJSON, { nullable: true, description: '单位属性，如 { "population": 12000 }' }) attributes?: Record<string, unknown>;
}

@InputType({ description: '导入的一个账号（表格中的一行）；密码由系统生成，首次登录须修改' })
export class UserImportRow {
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true, description: '所属单位的代码' }) unitCode?: string;
}

@ObjectType('ImportFault', { description: '一行的一个问题' })
export class ImportFaultType {
  @Field(() => Int, { description: '数据行号（从 1 起，不含表头）' }) row!: number;
  @Field(() => String, { description: '出问题的列，如 /code、/parentCode' }) path!: string;
  @Field(() => String) message!: string;
}

@ObjectType('GeneratedPassword', { description: '导入时生成的初始密码：只返回这一次' })
export class GeneratedPasswordType {
  @Field(() => String) username!: string;
  @Field(() => String) password!: string;
}

@ObjectType('ImportResult')
export class ImportResultType {
  @Field(() => Boolean, { description: '没有任何问题；预览时表示可以导入' }) ok!: boolean;
  @Field(() => Int, { description: '已写入的行数（预览或有问题时为 0：要么全部写入，要么都不写入）' }) created!: number;
  @Field(() => [ImportFaultType]) faults!: ImportFaultType[];
  @Field(() => [GeneratedPasswordType], { description: '导入账号的初始密码（仅在实际写入时）' }) passwords!: GeneratedPasswordType[];
}
